package org.bonetrack.security;

import java.util.stream.Stream;

import org.bonetrack.security.SecurityWorld.Who;
import org.bonetrack.security.SecurityWorld.World;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.Routes;
import org.bonetrack.support.Routes.Route;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The security headers on every kind of response: each mapped GET route (for someone admitted
 * and for an anonymous visitor), static files, webjars, errors and API problems.
 */
@IntegrationTest
@Import(SecurityWorld.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersEverywhereTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	SecurityWorld worlds;

	private World world;

	@BeforeAll
	void createWorld() {
		world = worlds.create();
	}

	Stream<Arguments> responses() {
		Stream<Arguments> routes = Routes.of(context)
			.stream()
			.filter(route -> route.method() == org.springframework.web.bind.annotation.RequestMethod.GET)
			.flatMap(route -> {
				Who admitted = RouteRules.access(route).someoneAdmitted();
				return Stream.of(Arguments.of(route.toString() + " as " + admitted, RouteRules.path(route, world, admitted), admitted),
						Arguments.of(route + " anonymously", RouteRules.path(route, world, Who.PATIENT), Who.ANONYMOUS));
			});
		Stream<Arguments> others = Stream.of(
				Arguments.of("a stylesheet", "/css/bonetrack.css", Who.ANONYMOUS),
				Arguments.of("a script", "/js/app.js", Who.PATIENT),
				Arguments.of("a webjar", "/webjars/bootstrap/css/bootstrap.min.css", Who.ANONYMOUS),
				Arguments.of("a missing page", "/no-such-page", Who.PATIENT),
				Arguments.of("a missing API record", "/api/v1/patients/999999999", Who.CLINICIAN),
				Arguments.of("a bad request", "/admin/audit?patient=x", Who.ADMIN),
				Arguments.of("an API call without credentials", "/api/v1/me/profile", Who.ANONYMOUS));
		return Stream.concat(routes, others);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("responses")
	void everyResponseCarriesTheSecurityHeaders(String what, String path, Who who) throws Exception {
		MockHttpServletRequestBuilder request = get(path).with(world.as(who));

		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

		assertThat(response.getHeader("Content-Security-Policy")).as(what)
			.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
					"frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'")
			.doesNotContain("unsafe-inline", "unsafe-eval", "*");
		assertThat(response.getHeader("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
		assertThat(response.getHeader("X-Frame-Options")).as(what).isEqualTo("DENY");
		assertThat(response.getHeader("Referrer-Policy")).as(what).isEqualTo("same-origin");
		assertThat(response.getHeader("Permissions-Policy")).as(what).contains("camera=()", "geolocation=()");
		if (who != Who.ANONYMOUS && !path.startsWith("/css/") && !path.startsWith("/js/") && !path.startsWith("/webjars/")) {
			assertThat(response.getHeader("Cache-Control")).as("%s: personal pages are not cached", what)
				.contains("no-store");
		}
	}


}
