package org.bonetrack.patients;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProfileApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	Patients patients;

	@Test
	void invalidFieldsAnswerA400ProblemNamingEachField() throws Exception {
		AuthenticatedUser patient = people.patient();

		mvc.perform(put("/api/v1/me/profile").with(user(patient)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"birthDate": "2199-01-01", "heightCm": 20, "timeZone": "Nowhere/Land"}
					"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("birthDate", "heightCm", "timeZone")))
			.andExpect(jsonPath("$.errors[?(@.field == 'heightCm')].message").value("Enter a height between 100 and 250 cm."));

		assertThat(patients.profile(patient.id()).heightCm()).isNull();
	}

	@Test
	void wronglyTypedValuesAreNamedToo() throws Exception {
		mvc.perform(put("/api/v1/me/profile").with(user(people.patient())).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"birthDate\": \"yesterday\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("birthDate"));
	}

	@Test
	void bodyWeightIsCreatedWithItsLocation() throws Exception {
		AuthenticatedUser patient = people.patient();

		mvc.perform(post("/api/v1/me/body-weights").with(user(patient)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"2026-02-01\", \"weightKg\": 61.4}"))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.weightKg").value(61.4));
		mvc.perform(post("/api/v1/me/body-weights").with(user(patient)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"2999-02-01\", \"weightKg\": 400}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("date", "weight")));
	}

}
