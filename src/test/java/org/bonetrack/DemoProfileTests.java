package org.bonetrack;

import jakarta.servlet.http.Cookie;
import org.bonetrack.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo profile's people sign in with the README's password and land on their homes. */
@IntegrationTest
@ActiveProfiles({ "test", "demo" })
class DemoProfileTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@CsvSource({ "admin@demo.test, /admin/users", "clinician@demo.test, /clinician/patients",
			"clinician2@demo.test, /clinician/patients", "patient@demo.test, /me", "patient2@demo.test, /me" })
	void demoPeopleSignInAndLandOnTheirHome(String email, String home) throws Exception {
		MvcResult login = mvc.perform(formLogin().user(email).password("bonetrack-demo"))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		// Sessions live in PostgreSQL (Spring Session), so the browser keeps only the cookie.
		Cookie session = login.getResponse().getCookie("SESSION");

		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl(home));
		mvc.perform(get(home).cookie(session)).andExpect(status().isOk());
	}

}
