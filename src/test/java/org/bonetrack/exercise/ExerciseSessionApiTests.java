package org.bonetrack.exercise;

import java.time.LocalDate;

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
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ExerciseSessionApiTests {

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
	void aSessionIsCreatedReadReplacedAndDeleted() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());

		String location = send(patient, post("/api/v1/me/exercise-sessions"), """
				{"date": "%s", "startTime": "18:05", "type": "RESISTANCE", "durationMinutes": 50, "rpe": 8,
				 "notes": "Leg day", "sets": [
				   {"exercise": "squat", "reps": 10, "loadKg": 20, "warmup": true},
				   {"exercise": "squat", "reps": 6, "loadKg": 45.5, "warmup": false, "rir": 2},
				   {"exercise": "Bulgarian split squat", "reps": 8, "loadKg": 8}]}
				""".formatted(today))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.type").value("RESISTANCE"))
			.andExpect(jsonPath("$.startTime").value("18:05:00"))
			.andExpect(jsonPath("$.sets", hasSize(3)))
			.andExpect(jsonPath("$.sets[1].loadKg").value(45.5))
			.andExpect(jsonPath("$.sets[1].rir").value(2))
			.andExpect(jsonPath("$.sets[2].exercise").value("Bulgarian split squat"))
			.andReturn().getResponse().getHeader("Location");

		mvc.perform(get(location).with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notes").value("Leg day"))
			.andExpect(jsonPath("$.sets[0].warmup").value(true));

		send(patient, put(location), """
				{"date": "%s", "type": "IMPACT", "impacts": [{"activity": "hops", "count": 60},
				 {"activity": "stamps", "count": 30}], "version": 0}
				""".formatted(today.minusDays(1)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.sets", hasSize(0)))
			.andExpect(jsonPath("$.impacts[1].activity").value("stamps"))
			.andExpect(jsonPath("$.impacts[1].count").value(30));

		mvc.perform(get("/api/v1/me/exercise-sessions").param("from", today.minusDays(7).toString())
			.param("to", today.toString()).with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].date").value(today.minusDays(1).toString()));

		mvc.perform(delete(location).with(user(patient)).with(csrf().asHeader())).andExpect(status().isNoContent());
		mvc.perform(get(location).with(user(patient))).andExpect(status().isNotFound());
	}

	@Test
	void invalidValuesAnswerA400ProblemNamingEachFieldAndSaveNothing() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate tomorrow = patients.today(patient.id()).plusDays(1);

		send(patient, post("/api/v1/me/exercise-sessions"), """
				{"date": "%s", "type": "RESISTANCE", "durationMinutes": 601, "rpe": 11, "sets": [
				  {"exercise": "squat", "reps": 0, "loadKg": -2},
				  {"exercise": "deadlift", "reps": 101, "loadKg": 501, "rir": 11},
				  {"exercise": "hops", "reps": 5}]}
				""".formatted(tomorrow))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("date", "durationMinutes", "rpe",
					"sets[0].reps", "sets[0].loadKg", "sets[1].reps", "sets[1].loadKg", "sets[1].rir", "sets[2].exercise")))
			.andExpect(jsonPath("$.errors[?(@.field == 'sets[1].loadKg')].message")
				.value("Enter a load between 0 and 500 kg (leave it empty for bodyweight)."))
			.andExpect(jsonPath("$.errors[?(@.field == 'date')].message").value("The date cannot be in the future."));

		send(patient, post("/api/v1/me/exercise-sessions"), """
				{"type": "IMPACT", "impacts": [{"activity": "hops", "count": 2001}, {"activity": "cartwheels", "count": 5}]}
				""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("date", "impacts[0].count", "impacts[1].activity")))
			.andExpect(jsonPath("$.errors[?(@.field == 'date')].message").value("Enter the date of the session."));

		send(patient, post("/api/v1/me/exercise-sessions"), """
				{"date": "2026-01-05", "type": "PARACHUTING", "durationMinutes": 30}
				""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"Unknown type of session: choose one of RESISTANCE, IMPACT, WEIGHTED_VEST_WALK, WALK, SWIM, CYCLE, OTHER."));

		send(patient, post("/api/v1/me/exercise-sessions"), """
				{"date": "2026-01-05", "type": "WALK", "durationMinutes": 30, "sets": [{"exercise": "squat", "reps": "many"}]}
				""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sets[0].reps"));

		send(patient, post("/api/v1/me/exercise-sessions"), """
				{"date": "2026-01-05", "type": "WALK", "vestLoadKg": 5, "impacts": [{"activity": "hops", "count": 5}]}
				""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("durationMinutes", "vestLoadKg", "impacts")));

		assertThat(jdbc.queryForObject("select count(*) from exercise_sessions where patient_id = ?", Integer.class,
				patient.id())).isZero();
	}

	@Test
	void aStaleVersionAnswers409AndChangesNothing() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());
		StoredSession session = sessions.create(patient.id(), ExerciseTestData.walk(today, 30), MassUnit.KG);
		String body = """
				{"date": "%s", "type": "WALK", "durationMinutes": %d, "version": 0}
				""";

		send(patient, put("/api/v1/me/exercise-sessions/" + session.id()), body.formatted(today, 40))
			.andExpect(status().isOk());
		send(patient, put("/api/v1/me/exercise-sessions/" + session.id()), body.formatted(today, 55))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		send(patient, put("/api/v1/me/exercise-sessions/" + session.id()),
				"{\"date\": \"%s\", \"type\": \"WALK\", \"durationMinutes\": 20}".formatted(today))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));

		assertThat(sessions.find(patient.id(), session.id()).session().durationMinutes()).isEqualTo(40);
	}

	@Test
	void aListWithoutDatesCoversTheLast90DaysAndAReversedRangeIsRefused() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());
		sessions.create(patient.id(), ExerciseTestData.walk(today.minusDays(89), 30), MassUnit.KG);
		sessions.create(patient.id(), ExerciseTestData.walk(today.minusDays(90), 31), MassUnit.KG);

		mvc.perform(get("/api/v1/me/exercise-sessions").with(user(patient)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].durationMinutes").value(30));
		mvc.perform(get("/api/v1/me/exercise-sessions").param("from", "2026-02-01").param("to", "2026-01-01")
			.with(user(patient)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
	}

	private ResultActions send(AuthenticatedUser patient,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json)
			throws Exception {
		return mvc.perform(request.with(user(patient)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

}
