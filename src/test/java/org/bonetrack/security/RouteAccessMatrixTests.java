package org.bonetrack.security;

import java.util.List;
import java.util.stream.Stream;

import org.bonetrack.security.RouteRules.Access;
import org.bonetrack.security.SecurityWorld.Who;
import org.bonetrack.security.SecurityWorld.World;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.Routes;
import org.bonetrack.support.Routes.Route;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every route the application maps, for every kind of visitor, against {@link RouteRules}:
 * admitted visitors get past security (whatever the handler then answers), others are refused:
 * anonymous visitors are sent to sign in (pages) or get 401 (API), signed-in ones get 403.
 * The routes come from the application's own handler mappings, so a new route cannot escape.
 */
@IntegrationTest
@Import(SecurityWorld.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessMatrixTests {

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

	@Test
	void everyMappedRouteHasAnAccessRule() {
		List<Route> routes = Routes.of(context);
		List<Route> unruled = routes.stream().filter(route -> RouteRules.ruleFor(route.pattern()).isEmpty()).toList();

		assertThat(routes).as("the application's routes").hasSizeGreaterThan(15);
		assertThat(unruled).as("routes without an expectation in RouteRules.RULES").isEmpty();
	}

	Stream<Arguments> matrix() {
		return Routes.of(context)
			.stream()
			.filter(route -> RouteRules.ruleFor(route.pattern()).isPresent())
			.flatMap(route -> Stream.of(Who.values()).map(who -> Arguments.of(route, who)));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("matrix")
	void everyRouteAdmitsExactlyTheRolesItsRuleNames(Route route, Who who) throws Exception {
		Access access = RouteRules.access(route);
		String path = RouteRules.path(route, world, who);
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders
			.request(HttpMethod.valueOf(route.method().name()), path)
			.with(world.as(who));
		if (!route.safe()) {
			request.with(csrf());
		}

		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

		int status = response.getStatus();
		String redirect = response.getRedirectedUrl();
		boolean sentToSignIn = status == 302 && redirect != null && redirect.endsWith("/login");
		if (access.admits(who)) {
			assertThat(status).as("%s as %s is admitted (%s)", route, who, access).isNotIn(401, 403);
			assertThat(sentToSignIn).as("%s as %s is not sent to sign in", route, who).isFalse();
		}
		else if (who == Who.ANONYMOUS && route.api()) {
			assertThat(status).as("%s anonymously", route).isEqualTo(401);
		}
		else if (who == Who.ANONYMOUS) {
			assertThat(sentToSignIn).as("%s anonymously is sent to sign in (got %s %s)", route, status, redirect)
				.isTrue();
		}
		else {
			assertThat(status).as("%s as %s is refused (%s)", route, who, access).isEqualTo(403);
		}
	}

}
