package org.bonetrack.patients;

import java.math.BigDecimal;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProfilePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	Patients patients;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void patientSavesTheirProfile() throws Exception {
		AuthenticatedUser patient = people.patient();

		mvc.perform(post("/me/profile").with(user(patient)).with(csrf())
			.param("birthDate", "1960-05-02")
			.param("sex", "FEMALE")
			.param("heightCm", "163.5")
			.param("anastrozoleStart", "2025-01-15")
			.param("timeZone", "Europe/Madrid")
			.param("massUnit", "LB")
			.param("vitaminDUnit", "UG")).andExpect(redirectedUrl("/me/profile"));

		PatientProfile profile = patients.profile(patient.id());
		assertThat(profile.heightCm()).isEqualByComparingTo("163.5");
		assertThat(profile.timeZone().getId()).isEqualTo("Europe/Madrid");
		assertThat(profile.massUnit().name()).isEqualTo("LB");
	}

	@Test
	void badValuesAreExplainedBesideTheirFieldsTheFormKeepsThemAndNothingIsSaved() throws Exception {
		AuthenticatedUser patient = people.patient();

		mvc.perform(post("/me/profile").with(user(patient)).with(csrf())
			.param("birthDate", "2190-01-01")
			.param("heightCm", "abc")
			.param("anastrozoleStart", "2020-02-30")
			.param("timeZone", "Mars/Olympus")
			.param("massUnit", "KG")
			.param("vitaminDUnit", "IU"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "heightCm", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("form", "anastrozoleStart", "typeMismatch"))
			.andExpect(content().string(containsString("value=\"abc\"")))
			.andExpect(content().string(containsString("Enter a number, like 62.5.")))
			.andExpect(content().string(containsString("Enter a date like 2026-03-31.")));

		mvc.perform(post("/me/profile").with(user(patient)).with(csrf())
			.param("birthDate", "2190-01-01")
			.param("heightCm", "320")
			.param("timeZone", "Mars/Olympus")
			.param("massUnit", "KG")
			.param("vitaminDUnit", "IU"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "birthDate", "profile.birthDate.future"))
			.andExpect(model().attributeHasFieldErrorCode("form", "heightCm", "profile.heightCm.range"))
			.andExpect(model().attributeHasFieldErrorCode("form", "timeZone", "profile.timeZone.invalid"))
			.andExpect(content().string(containsString("Enter a height between 100 and 250 cm.")))
			.andExpect(content().string(containsString("value=\"320\"")));

		PatientProfile profile = patients.profile(patient.id());
		assertThat(profile.heightCm()).isNull();
		assertThat(profile.birthDate()).isNull();
	}

	@Test
	void weightsAreEnteredInThePatientsUnitAndStoredInKilograms() throws Exception {
		AuthenticatedUser patient = people.patient();
		mvc.perform(post("/me/profile").with(user(patient)).with(csrf())
			.param("timeZone", "UTC")
			.param("massUnit", "LB")
			.param("vitaminDUnit", "IU"));

		mvc.perform(post("/me/profile/weights").with(user(patient)).with(csrf())
			.param("date", "2026-01-10")
			.param("weight", "150")).andExpect(redirectedUrl("/me/profile#weights"));

		assertThat(patients.weightKgOn(patient.id(), java.time.LocalDate.of(2026, 1, 31)))
			.hasValueSatisfying(kg -> assertThat(kg).isEqualByComparingTo(new BigDecimal("68.04")));
	}

	@Test
	void implausibleWeightsAreRefused() throws Exception {
		AuthenticatedUser patient = people.patient();

		mvc.perform(post("/me/profile/weights").with(user(patient)).with(csrf())
			.param("date", "2026-01-10")
			.param("weight", "12"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("weightForm", "weight", "weight.range"));
		assertThat(patients.weights(patient.id())).isEmpty();
	}

	@Test
	void aPatientCannotRemoveSomeoneElsesWeight() throws Exception {
		AuthenticatedUser owner = people.patient();
		AuthenticatedUser other = people.patient();
		mvc.perform(post("/me/profile/weights").with(user(owner)).with(csrf()).param("date", "2026-01-10").param("weight", "60"));
		long weightId = patients.weights(owner.id()).get(0).id();

		mvc.perform(post("/me/profile/weights/" + weightId + "/delete").with(user(other)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(patients.weights(owner.id())).hasSize(1);
	}

}
