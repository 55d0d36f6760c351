package org.bonetrack.support.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.webjars.WebJarVersionLocator;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (from its webjar on the test classpath, never from the network) on the current
 * page. The script goes in through WebDriver, which the page's Content-Security-Policy does not
 * govern, so the CSP stays on and keeps being tested.
 */
public final class Axe {

	/** The impacts that fail a journey. */
	static final Set<String> BLOCKING = Set.of("serious", "critical");

	private static final String SCRIPT = load();

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] })
				.then(results => done(results.violations.map(v => ({
					id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
					nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary }))
				}))))
				.catch(error => done([{ id: 'axe-error', impact: 'critical', help: String(error), helpUrl: '', nodes: [] }]));
			""";

	private Axe() {
	}

	/** Every violation axe finds on the page as it is now. */
	static List<Violation> analyse(WebDriver driver) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
			js.executeScript(SCRIPT);
		}
		Object raw = js.executeAsyncScript(RUN);
		return ((List<?>) raw).stream().map(Violation::of).toList();
	}

	private static String load() {
		String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
		Objects.requireNonNull(path, "The axe-core webjar (test scope) is missing from the classpath");
		try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
			Objects.requireNonNull(in, path);
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One rule broken on one or more elements. */
	public record Violation(String id, String impact, String help, String helpUrl, List<Node> nodes) {

		static Violation of(Object raw) {
			Map<?, ?> map = (Map<?, ?>) raw;
			List<Node> nodes = ((List<?>) map.get("nodes")).stream().map(node -> {
				Map<?, ?> n = (Map<?, ?>) node;
				return new Node(String.valueOf(n.get("target")), String.valueOf(n.get("html")),
						String.valueOf(n.get("summary")));
			}).toList();
			return new Violation(String.valueOf(map.get("id")), String.valueOf(map.get("impact")),
					String.valueOf(map.get("help")), String.valueOf(map.get("helpUrl")), nodes);
		}

		boolean blocking() {
			return BLOCKING.contains(impact);
		}

		String describe() {
			StringBuilder text = new StringBuilder();
			text.append("  [").append(impact).append("] ").append(id).append(": ").append(help).append(" (")
				.append(helpUrl).append(")\n");
			for (Node node : nodes) {
				text.append("      at ").append(node.target()).append("\n         ").append(abbreviate(node.html()))
					.append("\n         ").append(node.summary().replace("\n", "\n         ")).append('\n');
			}
			return text.toString();
		}

		private static String abbreviate(String html) {
			return html.length() <= 200 ? html : html.substring(0, 200) + "…";
		}

	}

	public record Node(String target, String html, String summary) {
	}

}
