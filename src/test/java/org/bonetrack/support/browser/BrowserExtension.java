package org.bonetrack.support.browser;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each test class one {@link Browser} on the application started by Spring on a random
 * port, saves a screenshot and the page source of every failing step to
 * {@code target/e2e-screenshots/<class>/}, and, in a {@link Journey}, skips the steps after the
 * first failing one (they would only fail for the same reason).
 */
public class BrowserExtension implements ParameterResolver, TestExecutionExceptionHandler,
		LifecycleMethodExecutionExceptionHandler, ExecutionCondition {

	static final Path EVIDENCE = Path.of("target", "e2e-screenshots");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

	private static final String BROWSER = "browser";

	private static final String FAILED_STEP = "failed step";

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return browser(context);
	}

	/** The class's browser, started on first use and closed after the class's last test. */
	static Browser browser(ExtensionContext context) {
		ExtensionContext classContext = classContext(context);
		return classContext.getStore(NAMESPACE).computeIfAbsent(BROWSER, key -> {
			String port = SpringExtension.getApplicationContext(classContext).getEnvironment()
				.getRequiredProperty("local.server.port");
			return Browser.start("http://localhost:" + port);
		}, Browser.class);
	}

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		recordFailure(context);
		throw failure;
	}

	@Override
	public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		recordFailure(context);
		throw failure;
	}

	@Override
	public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		recordFailure(context);
		throw failure;
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (context.getTestMethod().isEmpty() || !isJourney(context)) {
			return ConditionEvaluationResult.enabled("not a journey step");
		}
		String failed = classContext(context).getStore(NAMESPACE).get(FAILED_STEP, String.class);
		return failed == null ? ConditionEvaluationResult.enabled("no earlier step failed")
				: ConditionEvaluationResult.disabled("the journey already failed at step " + failed);
	}

	private void recordFailure(ExtensionContext context) {
		ExtensionContext.Store store = classContext(context).getStore(NAMESPACE);
		String step = context.getTestMethod().map(Method::getName).orElse(context.getDisplayName());
		store.computeIfAbsent(FAILED_STEP, key -> step, String.class);
		Browser browser = store.get(BROWSER, Browser.class);
		if (browser != null) {
			String method = context.getTestMethod().map(Method::getName).orElse("lifecycle");
			String display = context.getDisplayName();
			// Parameterized invocations get their arguments in the name; plain steps just their method.
			String name = display.startsWith(method + "(") ? method
					: method + "-" + display.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
			Path directory = EVIDENCE.resolve(context.getRequiredTestClass().getSimpleName());
			browser.saveEvidence(directory, name.length() > 120 ? name.substring(0, 120) : name);
			System.err.println("Failure evidence saved under " + directory.toAbsolutePath() + " as " + name + ".png/.html");
		}
	}

	private static boolean isJourney(ExtensionContext context) {
		return AnnotationSupport.isAnnotated(context.getRequiredTestClass(), Journey.class);
	}

	private static ExtensionContext classContext(ExtensionContext context) {
		ExtensionContext current = context;
		while (current.getTestMethod().isPresent() || current.getTestClass().isEmpty()) {
			Optional<ExtensionContext> parent = current.getParent();
			if (parent.isEmpty()) {
				break;
			}
			current = parent.get();
		}
		return current;
	}

}
