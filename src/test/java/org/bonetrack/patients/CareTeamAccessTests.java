package org.bonetrack.patients;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CareTeamAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void clinicianSeesOnlyTheirCareTeamAndEveryReadIsAudited() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser mine = people.patientOf(clinician);
		AuthenticatedUser notMine = people.patientOf(people.clinician());

		mvc.perform(get("/api/v1/patients").with(user(clinician)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(mine.id()))
			.andExpect(jsonPath("$[0].email").value(mine.email()));
		mvc.perform(get("/api/v1/patients/" + mine.id()).with(user(clinician))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/patients/" + notMine.id()).with(user(clinician))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/patients/999999999").with(user(clinician))).andExpect(status().isNotFound());

		assertThat(jdbc.queryForObject("""
				select count(*) from audit_events
				where actor_id = ? and patient_id = ? and action = 'PATIENT_RECORD_VIEWED'
				""", Integer.class, clinician.id(), mine.id())).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from audit_events where actor_id = ? and patient_id = ?",
				Integer.class, clinician.id(), notMine.id())).isZero();
	}

	@Test
	void adminAssignsAPatientToSeveralClinicians() throws Exception {
		AuthenticatedUser admin = people.admin();
		AuthenticatedUser first = people.clinician();
		AuthenticatedUser second = people.clinician();
		AuthenticatedUser patient = people.patient();

		mvc.perform(post("/admin/users/" + patient.id() + "/care-team").with(user(admin)).with(csrf())
			.param("clinicianIds", String.valueOf(first.id()), String.valueOf(second.id())))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/api/v1/patients/" + patient.id()).with(user(first))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/patients/" + patient.id()).with(user(second))).andExpect(status().isOk());

		mvc.perform(post("/admin/users/" + patient.id() + "/care-team").with(user(admin)).with(csrf())
			.param("clinicianIds", String.valueOf(second.id())));
		mvc.perform(get("/api/v1/patients/" + patient.id()).with(user(first))).andExpect(status().isNotFound());
	}

	@Test
	void onlyCliniciansCanJoinACareTeam() throws Exception {
		AuthenticatedUser admin = people.admin();
		AuthenticatedUser patient = people.patient();
		AuthenticatedUser anotherPatient = people.patient();

		mvc.perform(post("/admin/users/" + patient.id() + "/care-team").with(user(admin)).with(csrf())
			.param("clinicianIds", String.valueOf(anotherPatient.id())));

		assertThat(jdbc.queryForObject("select count(*) from care_team where patient_id = ?", Integer.class,
				patient.id())).isZero();
	}

}
