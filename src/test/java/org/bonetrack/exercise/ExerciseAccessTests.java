package org.bonetrack.exercise;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.exercise.internal.ExerciseSessions;
import org.bonetrack.exercise.internal.StoredSession;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Whose sessions may be read or changed, by whom: 404 for someone else's, read-only for the care team. */
@IntegrationTest
class ExerciseAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	Patients patients;

	@Autowired
	ExerciseSessions sessions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPatientNeverReadsChangesOrDeletesAnotherPatientsSession() throws Exception {
		AuthenticatedUser owner = people.patient();
		AuthenticatedUser other = people.patient();
		StoredSession session = sessions.create(owner.id(),
				ExerciseTestData.resistance(patients.today(owner.id())), MassUnit.KG);
		String page = "/me/exercise/" + session.id();
		String api = "/api/v1/me/exercise-sessions/" + session.id();

		mvc.perform(get(page).with(user(other))).andExpect(status().isNotFound());
		mvc.perform(get(page + "/edit").with(user(other))).andExpect(status().isNotFound());
		mvc.perform(get(page + "/delete").with(user(other))).andExpect(status().isNotFound());
		mvc.perform(post(page + "/edit").with(user(other)).with(csrf())
			.param("type", "WALK").param("date", "2026-01-05").param("durationMinutes", "5").param("version", "0"))
			.andExpect(status().isNotFound());
		mvc.perform(post(page + "/delete").with(user(other)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get(api).with(user(other))).andExpect(status().isNotFound());
		mvc.perform(put(api).with(user(other)).with(csrf().asHeader()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"2026-01-05\", \"type\": \"WALK\", \"durationMinutes\": 5, \"version\": 0}"))
			.andExpect(status().isNotFound());
		mvc.perform(delete(api).with(user(other)).with(csrf().asHeader())).andExpect(status().isNotFound());
		mvc.perform(get("/me/exercise").with(user(other)))
			.andExpect(content().string(not(containsString(page))));
		mvc.perform(get("/api/v1/me/exercise-sessions").with(user(other))).andExpect(jsonPath("$", hasSize(0)));

		assertThat(sessions.find(owner.id(), session.id()).version()).isZero();
	}

	@Test
	void theCareTeamReadsTheLogReadOnlyAndEveryReadIsAudited() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		StoredSession session = sessions.create(patient.id(),
				ExerciseTestData.resistance(patients.today(patient.id())), MassUnit.KG);
		String base = "/clinician/patients/" + patient.id() + "/exercise";
		String api = "/api/v1/patients/" + patient.id() + "/exercise-sessions";

		mvc.perform(get(base).with(user(clinician)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(base + "/" + session.id())))
			.andExpect(content().string(not(containsString("Log a session"))));
		mvc.perform(get(base + "/" + session.id()).with(user(clinician)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Squat")))
			.andExpect(content().string(not(containsString("/edit"))));
		mvc.perform(get(api).with(user(clinician)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(session.id()));
		mvc.perform(get(api + "/" + session.id()).with(user(clinician)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sets", hasSize(3)));

		assertThat(jdbc.queryForObject("""
				select count(*) from audit_events
				where actor_id = ? and patient_id = ? and action = 'PATIENT_RECORD_VIEWED' and details like 'exercise%'
				""", Integer.class, clinician.id(), patient.id())).isEqualTo(4);

		// Read-only: the patient's own pages and API are not theirs to use.
		mvc.perform(get("/me/exercise/" + session.id() + "/edit").with(user(clinician))).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/me/exercise-sessions/" + session.id()).with(user(clinician)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
	}

	@Test
	void aClinicianOffTheCareTeamGets404AndNothingIsAudited() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(people.clinician());
		StoredSession session = sessions.create(patient.id(),
				ExerciseTestData.walk(patients.today(patient.id()), 20), MassUnit.KG);

		mvc.perform(get("/clinician/patients/" + patient.id() + "/exercise").with(user(clinician)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/clinician/patients/" + patient.id() + "/exercise/" + session.id()).with(user(clinician)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/patients/" + patient.id() + "/exercise-sessions").with(user(clinician)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/patients/" + patient.id() + "/exercise-sessions/" + session.id()).with(user(clinician)))
			.andExpect(status().isNotFound());

		assertThat(jdbc.queryForObject("select count(*) from audit_events where actor_id = ? and patient_id = ?",
				Integer.class, clinician.id(), patient.id())).isZero();
	}

	@Test
	void aClinicianCannotReachOneOfHerPatientsSessionsThroughAnotherPatient() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser mine = people.patientOf(clinician);
		AuthenticatedUser notMine = people.patient();
		StoredSession session = sessions.create(notMine.id(),
				ExerciseTestData.walk(patients.today(notMine.id()), 20), MassUnit.KG);

		mvc.perform(get("/clinician/patients/" + mine.id() + "/exercise/" + session.id()).with(user(clinician)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/patients/" + mine.id() + "/exercise-sessions/" + session.id()).with(user(clinician)))
			.andExpect(status().isNotFound());
	}

	@Test
	void adminsGet403OnPatientsExercise() throws Exception {
		AuthenticatedUser admin = people.admin();
		AuthenticatedUser patient = people.patient();
		StoredSession session = sessions.create(patient.id(),
				ExerciseTestData.walk(patients.today(patient.id()), 20), MassUnit.KG);

		for (String path : new String[] { "/me/exercise", "/me/exercise/new", "/me/exercise/" + session.id(),
				"/me/imports", "/me/imports/strong", "/clinician/patients/" + patient.id() + "/exercise",
				"/clinician/patients/" + patient.id() + "/exercise/" + session.id(), "/api/v1/me/exercise-sessions",
				"/api/v1/patients/" + patient.id() + "/exercise-sessions",
				"/api/v1/patients/" + patient.id() + "/exercise-sessions/" + session.id() }) {
			mvc.perform(get(path).with(user(admin))).andExpect(status().isForbidden());
		}
	}

}
