package org.bonetrack.support;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route the running application maps, read from its own handler mappings (controllers,
 * the error controller, the API docs and the actuator), so tests built on it cover a new route
 * the moment it exists.
 */
public final class Routes {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

	private Routes() {
	}

	/** One HTTP method on one path pattern, e.g. {@code POST /me/profile/weights/{id}/delete}. */
	public record Route(RequestMethod method, String pattern, boolean json, String handler) {

		public boolean safe() {
			return method == RequestMethod.GET || method == RequestMethod.HEAD || method == RequestMethod.OPTIONS;
		}

		public boolean api() {
			return pattern.startsWith("/api/");
		}

		public List<String> variables() {
			Matcher matcher = VARIABLE.matcher(pattern);
			List<String> names = new java.util.ArrayList<>();
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
			return names;
		}

		public boolean hasVariables() {
			return !variables().isEmpty();
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}

	}

	public static List<Route> of(ApplicationContext context) {
		Set<Route> routes = new TreeSet<>(Comparator.comparing(Route::pattern).thenComparing(Route::method));
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			mapping.getHandlerMethods().forEach((info, handler) -> add(routes, info, handler));
		}
		return List.copyOf(routes);
	}

	private static void add(Set<Route> routes, RequestMappingInfo info, HandlerMethod handler) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		// A mapping without methods answers every method; GET and POST are the ones that matter.
		Set<RequestMethod> effective = methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods;
		boolean json = AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
				|| AnnotatedElementUtils.hasAnnotation(handler.getMethod(), ResponseBody.class);
		String name = handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
		for (String pattern : info.getPatternValues()) {
			for (RequestMethod method : effective) {
				routes.add(new Route(method, pattern, json, name));
			}
		}
	}

}
