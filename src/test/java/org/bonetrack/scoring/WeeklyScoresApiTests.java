package org.bonetrack.scoring;

import java.time.LocalTime;
import java.util.List;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.scoring.rules.ExerciseSession;
import org.bonetrack.scoring.rules.WorkSet;
import org.bonetrack.shared.IsoWeek;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ScoringIntegrationTest
class WeeklyScoresApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	WeeklyScores scores;

	@Autowired
	JdbcTemplate jdbc;

	private static void twoStrengthDays(long patientId, IsoWeek week) {
		List<WorkSet> sets = java.util.Collections.nCopies(6, WorkSet.working(5, 40));
		ScriptedWeekData.script(patientId, week, builder -> builder
			.session(1, ExerciseSession.resistance(LocalTime.of(18, 0), 45, 8, sets))
			.session(4, ExerciseSession.resistance(LocalTime.of(18, 0), 45, 8, sets)));
	}

	@Test
	void aWeekComesWithItsScoresAndExplainedFindings() throws Exception {
		AuthenticatedUser patient = people.patient();
		IsoWeek week = scores.currentWeek(patient.id()).minusWeeks(2);
		twoStrengthDays(patient.id(), week);

		mvc.perform(get("/api/v1/me/weekly-scores/" + week).with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.week", is(week.toString())))
			.andExpect(jsonPath("$.total", is(25)))
			.andExpect(jsonPath("$.loading", is(50)))
			.andExpect(jsonPath("$.nutrition", is(0)))
			.andExpect(jsonPath("$.ruleSetVersion").isNumber())
			.andExpect(jsonPath("$.inProgress", is(false)))
			.andExpect(jsonPath("$.findings[0].criterion", is("RESISTANCE")))
			.andExpect(jsonPath("$.findings[0].status", is("MET")))
			.andExpect(jsonPath("$.findings[0].value", is(2.0)))
			.andExpect(jsonPath("$.findings[0].target", is(2.0)))
			.andExpect(jsonPath("$.findings[0].message",
					is("You had 2 strength days, reaching the aim of 2. A strength day has at least 6 working sets that feel hard.")))
			.andExpect(jsonPath("$.findings[0].guidance", is("/guidance/resistance-training")))
			.andExpect(jsonPath("$.findings[*].criterion", hasItem("BODY_WEIGHT")))
			.andExpect(jsonPath("$.disclaimer", is("BoneTrack supports the care you receive; it does not prescribe.")));
	}

	@Test
	void weeksAreListedNewestFirstWithTheCurrentOneInProgress() throws Exception {
		AuthenticatedUser patient = people.patient();
		IsoWeek current = scores.currentWeek(patient.id());
		twoStrengthDays(patient.id(), current.minusWeeks(3));

		mvc.perform(get("/api/v1/me/weekly-scores").with(user(patient))
			.param("from", current.minusWeeks(5).toString())
			.param("to", current.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from", is(current.minusWeeks(5).toString())))
			.andExpect(jsonPath("$.weeks", hasSize(4)))
			.andExpect(jsonPath("$.weeks[0].week", is(current.toString())))
			.andExpect(jsonPath("$.weeks[0].inProgress", is(true)))
			.andExpect(jsonPath("$.weeks[3].week", is(current.minusWeeks(3).toString())))
			.andExpect(jsonPath("$.weeks[3].loading", is(50)));
	}

	@Test
	void badWeeksAreProblemsNamingTheFieldAndFutureWeeksAreNotFound() throws Exception {
		AuthenticatedUser patient = people.patient();
		IsoWeek current = scores.currentWeek(patient.id());

		mvc.perform(get("/api/v1/me/weekly-scores/2026-48").with(user(patient)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field", is("isoWeek")))
			.andExpect(jsonPath("$.errors[0].message", is("Give an ISO week such as 2026-W48.")));
		mvc.perform(get("/api/v1/me/weekly-scores").with(user(patient)).param("from", "2026-W60"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("from")));
		mvc.perform(get("/api/v1/me/weekly-scores").with(user(patient)).param("from", "2020-W01").param("to", "2026-W01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", is("Ask for at most 157 weeks at a time.")));
		mvc.perform(get("/api/v1/me/weekly-scores/" + current.next()).with(user(patient)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aClinicianReadsTheirPatientsScoresAndEveryReadIsAudited() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		IsoWeek week = scores.currentWeek(patient.id()).previous();

		mvc.perform(get("/api/v1/patients/" + patient.id() + "/weekly-scores").with(user(clinician)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.weeks[0].inProgress", is(true)));
		mvc.perform(get("/api/v1/patients/" + patient.id() + "/weekly-scores/" + week).with(user(clinician)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.week", is(week.toString())));

		assertThat(jdbc.queryForList(
				"select details from audit_events where actor_id = ? and patient_id = ? and action = 'PATIENT_RECORD_VIEWED'",
				String.class, clinician.id(), patient.id()))
			.anyMatch(details -> details.startsWith("weekly scores"))
			.anyMatch(details -> details.equals("weekly score " + week + " (API)"));
	}

	@Test
	void anotherCliniciansPatientIsNotFoundAndOtherRolesAreForbidden() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser stranger = people.patient();

		mvc.perform(get("/api/v1/patients/" + stranger.id() + "/weekly-scores").with(user(clinician)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/patients/" + stranger.id() + "/weekly-scores").with(user(people.admin())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/patients/" + stranger.id() + "/weekly-scores").with(user(stranger)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/me/weekly-scores").with(user(clinician))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/me/weekly-scores")).andExpect(status().isUnauthorized());
	}

}
