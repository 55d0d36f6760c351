package org.bonetrack.security;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.bonetrack.security.RouteRules.Access;
import org.bonetrack.security.SecurityWorld.Who;
import org.bonetrack.security.SecurityWorld.World;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.Routes;
import org.bonetrack.support.Routes.Route;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every unsafe route (POST, PUT, PATCH, DELETE), generated from the application's mappings,
 * refuses a browser-session request without a valid CSRF token, and an API route accepts a
 * personal access token without one (a token is not sent by the browser on its own).
 */
@IntegrationTest
@Import(SecurityWorld.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfTests {

	/** Unsafe endpoints that filters handle, so no handler mapping lists them. */
	static final List<String> FILTER_ENDPOINTS = List.of("/login", "/logout");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	SecurityWorld worlds;

	@Autowired
	JdbcTemplate jdbc;

	private World world;

	@BeforeAll
	void createWorld() {
		world = worlds.create();
	}

	Stream<Route> unsafeRoutes() {
		return Routes.of(context).stream().filter(route -> !route.safe());
	}

	Stream<Route> unsafeApiRoutes() {
		return unsafeRoutes().filter(Route::api);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("unsafeRoutes")
	void aSessionRequestWithoutACsrfTokenIsRefused(Route route) throws Exception {
		Who who = RouteRules.access(route).someoneAdmitted();

		mvc.perform(request(route, who).with(world.as(who))).andExpect(status().isForbidden());
		mvc.perform(request(route, who).with(world.as(who)).with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());
		mvc.perform(request(route, who).with(world.as(who)).with(csrf().asHeader().useInvalidToken()))
			.andExpect(status().isForbidden());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("unsafeApiRoutes")
	void anApiRequestWithAnAccessTokenNeedsNoCsrfToken(Route route) throws Exception {
		Access access = RouteRules.access(route);
		Who who = access.someoneAdmitted();

		int status = mvc.perform(request(route, who)
			.header("Authorization", "Bearer " + world.token(who).secret())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andReturn().getResponse().getStatus();

		assertThat(status).as("%s with a Bearer token and no CSRF token", route).isNotIn(401, 403);
	}

	@Test
	void signingInAndOutNeedTheCsrfTokenToo() throws Exception {
		for (String endpoint : FILTER_ENDPOINTS) {
			mvc.perform(post(endpoint).param("username", world.patient().email()).param("password", TestPeople.PASSWORD)
				.with(world.as(Who.PATIENT))).andExpect(status().isForbidden());
		}
	}

	@Test
	void aRealSignedInSessionNeedsTheTokenFromItsPages() throws Exception {
		Cookie session = mvc.perform(formLogin().user(world.clinician().email()).password(TestPeople.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		String html = mvc.perform(get("/account").cookie(session)).andReturn().getResponse().getContentAsString();
		Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">").matcher(html);
		assertThat(token.find()).isTrue();
		int before = tokenCount(world.clinician().id());

		mvc.perform(post("/account/tokens").cookie(session).param("name", "forged")).andExpect(status().isForbidden());
		assertThat(tokenCount(world.clinician().id())).isEqualTo(before);

		mvc.perform(post("/account/tokens").cookie(session).param("_csrf", token.group(1)).param("name", "mine"))
			.andExpect(status().is3xxRedirection());
		assertThat(tokenCount(world.clinician().id())).isEqualTo(before + 1);
	}

	private MockHttpServletRequestBuilder request(Route route, Who who) {
		return MockMvcRequestBuilders.request(HttpMethod.valueOf(route.method().name()),
				RouteRules.path(route, world, who));
	}

	private int tokenCount(long userId) {
		return jdbc.queryForObject("select count(*) from personal_access_tokens where user_id = ?", Integer.class, userId);
	}

}
