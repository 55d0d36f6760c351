package org.bonetrack.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sessions as a browser holds them (the SESSION cookie of Spring Session, stored in
 * PostgreSQL): signing in issues a new session id, so an id planted before sign-in is worth
 * nothing afterwards, and signing out ends the session.
 */
@IntegrationTest
class SessionFixationTests {

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Test
	void signingInIssuesANewSessionIdAndThePlantedOneStaysAnonymous() throws Exception {
		AuthenticatedUser patient = people.patient();
		MockHttpServletResponse loginPage = mvc.perform(get("/login")).andReturn().getResponse();
		Cookie planted = loginPage.getCookie("SESSION");
		assertThat(planted).as("the login page starts a session for its CSRF token").isNotNull();

		MockHttpServletResponse signedIn = mvc.perform(post("/login").cookie(planted)
			.param("username", patient.email())
			.param("password", TestPeople.PASSWORD)
			.param("_csrf", csrfToken(loginPage))).andReturn().getResponse();

		assertThat(signedIn.getRedirectedUrl()).isEqualTo("/");
		Cookie issued = signedIn.getCookie("SESSION");
		assertThat(issued).isNotNull();
		assertThat(issued.getValue()).isNotEqualTo(planted.getValue());
		assertThat(mvc.perform(get("/me").cookie(issued)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/me").cookie(planted)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		MockHttpServletResponse loginPage = mvc.perform(get("/login")).andReturn().getResponse();
		Cookie session = mvc.perform(post("/login").cookie(loginPage.getCookie("SESSION"))
			.param("username", clinician.email())
			.param("password", TestPeople.PASSWORD)
			.param("_csrf", csrfToken(loginPage))).andReturn().getResponse().getCookie("SESSION");
		MockHttpServletResponse page = mvc.perform(get("/clinician/patients").cookie(session)).andReturn().getResponse();

		mvc.perform(post("/logout").cookie(session).param("_csrf", csrfToken(page)));

		assertThat(mvc.perform(get("/clinician/patients").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
	}

	private static String csrfToken(MockHttpServletResponse page) throws Exception {
		Matcher matcher = CSRF.matcher(page.getContentAsString());
		assertThat(matcher.find()).as("the page carries its CSRF token").isTrue();
		return matcher.group(1);
	}

}
