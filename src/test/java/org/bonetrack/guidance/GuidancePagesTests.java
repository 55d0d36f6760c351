package org.bonetrack.guidance;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Readers see the published articles written for their role. */
@IntegrationTest
class GuidancePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Test
	void aPatientSeesPatientArticlesButNotTheClinicianOnes() throws Exception {
		AuthenticatedUser patient = people.patient();

		mvc.perform(get("/guidance").with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/guidance/calcium\"")))
			.andExpect(content().string(containsString("Why anastrozole thins bone")))
			.andExpect(content().string(not(containsString("/guidance/clinical-flags-explained"))));
		mvc.perform(get("/guidance/clinical-flags-explained").with(user(patient))).andExpect(status().isNotFound());
	}

	@Test
	void aClinicianSeesClinicianArticlesAndThoseForEveryone() throws Exception {
		AuthenticatedUser clinician = people.clinician();

		mvc.perform(get("/guidance").with(user(clinician)))
			.andExpect(content().string(containsString("/guidance/clinical-flags-explained")))
			.andExpect(content().string(containsString("/guidance/calcium")));
		mvc.perform(get("/guidance/clinical-flags-explained").with(user(clinician)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Meets the 2017 AIBL treatment criteria")));
	}

	@Test
	void anArticleShowsItsRenderedBodyWithSourcesAndTheCareDisclaimer() throws Exception {
		mvc.perform(get("/guidance/calcium").with(user(people.patient())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Calcium</h1>")))
			.andExpect(content().string(containsString("<h2>Sources</h2>")))
			.andExpect(content().string(containsString("<table>")))
			.andExpect(content().string(containsString("it does not prescribe")));
	}

	@Test
	void unknownArticlesAreNotFoundAndSignedOutVisitorsAreSentToSignIn() throws Exception {
		mvc.perform(get("/guidance/no-such-article").with(user(people.patient()))).andExpect(status().isNotFound());
		mvc.perform(get("/guidance")).andExpect(redirectedUrl("/login"));
	}

}
