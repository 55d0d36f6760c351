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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ExerciseSessionPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	Patients patients;

	@Autowired
	ExerciseSessions sessions;

	@Autowired
	ExerciseLog log;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aResistanceSessionIsLoggedWithItsSetsAndShown() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());

		MvcResult result = mvc.perform(post("/me/exercise/new").with(user(patient)).with(csrf())
			.param("type", "RESISTANCE")
			.param("date", today.toString())
			.param("startTime", "07:30")
			.param("durationMinutes", "40")
			.param("rpe", "8")
			.param("sets[0].exercise", "squat").param("sets[0].reps", "10").param("sets[0].load", "20").param("sets[0].kind", "warmup")
			.param("sets[1].exercise", "squat").param("sets[1].reps", "8").param("sets[1].load", "42.5").param("sets[1].kind", "working").param("sets[1].rir", "2")
			.param("sets[2].exercise", "").param("sets[2].reps", "").param("sets[2].load", "").param("sets[2].kind", "working")
			.param("sets[3].exercise", "").param("sets[3].otherName", "Bulgarian split squat").param("sets[3].reps", "10").param("sets[3].kind", "working")
			.param("impacts[0].activity", "hops").param("impacts[0].count", "50"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();

		ExerciseSessionView saved = log.sessions(patient.id(), today, today).get(0);
		assertThat(saved.type()).isEqualTo(ExerciseType.RESISTANCE);
		assertThat(saved.sets()).hasSize(3);
		assertThat(saved.sets().get(0).warmup()).isTrue();
		assertThat(saved.sets().get(1).loadKg()).isEqualByComparingTo("42.5");
		assertThat(saved.sets().get(1).rir()).isEqualTo(2);
		assertThat(saved.sets().get(2).customName()).isEqualTo("Bulgarian split squat");
		assertThat(saved.sets().get(2).loadKg()).isEqualByComparingTo("0");
		assertThat(saved.impacts()).as("the impact rows of another type are ignored").isEmpty();
		assertThat(location).isEqualTo("/me/exercise/" + saved.id());

		mvc.perform(get(location).with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bulgarian split squat")))
			.andExpect(content().string(containsString("42.5 kg")))
			.andExpect(content().string(containsString("Warm-up")));
		mvc.perform(get("/me/exercise").with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Squat, Bulgarian split squat · 2 working sets · heaviest 42.5 kg")));
	}

	@Test
	void theNewFormPreselectsTheTypeAskedForAndTheEditFormCarriesTheVersion() throws Exception {
		AuthenticatedUser patient = people.patient();
		StoredSession session = sessions.create(patient.id(), ExerciseTestData.resistance(patients.today(patient.id())),
				MassUnit.KG);

		mvc.perform(get("/me/exercise/new").param("type", "IMPACT").with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Log a session</h1>")))
			.andExpect(content().string(containsString("value=\"IMPACT\" id=\"type-IMPACT\" name=\"type\" checked=\"checked\"")))
			.andExpect(content().string(not(containsString("name=\"version\""))));
		mvc.perform(get("/me/exercise/" + session.id() + "/edit").with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Edit the session</h1>")))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")))
			.andExpect(content().string(containsString("name=\"sets[2].load\" value=\"50\"")))
			.andExpect(content().string(containsString("name=\"sets[5].reps\" value=\"\"")));
	}

	@Test
	void loadsAreEnteredAndShownInPoundsForPatientsWhoChosePounds() throws Exception {
		AuthenticatedUser patient = people.patient();
		useUnit(patient, "LB");
		LocalDate today = patients.today(patient.id());

		mvc.perform(post("/me/exercise/new").with(user(patient)).with(csrf())
			.param("type", "RESISTANCE").param("date", today.toString())
			.param("sets[0].exercise", "deadlift").param("sets[0].reps", "5").param("sets[0].load", "135"))
			.andExpect(status().is3xxRedirection());

		ExerciseSessionView saved = log.sessions(patient.id(), today, today).get(0);
		assertThat(saved.sets().get(0).loadKg()).isEqualByComparingTo("61.235");
		mvc.perform(get("/me/exercise/" + saved.id()).with(user(patient)))
			.andExpect(content().string(containsString("135 lb")));
		mvc.perform(get("/me/exercise/" + saved.id() + "/edit").with(user(patient)))
			.andExpect(content().string(containsString("value=\"135\"")));
	}

	@Test
	void theVestLoadIsShownAsAShareOfTheLatestBodyWeight() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());
		mvc.perform(post("/me/profile/weights").with(user(patient)).with(csrf())
			.param("date", today.toString()).param("weight", "62.5"));

		mvc.perform(post("/me/exercise/new").with(user(patient)).with(csrf())
			.param("type", "WEIGHTED_VEST_WALK").param("date", today.toString()).param("durationMinutes", "35")
			.param("vestLoad", "5").param("steps", "4200").param("distanceKm", "2.8"))
			.andExpect(status().is3xxRedirection());

		long id = log.sessions(patient.id(), today, today).get(0).id();
		mvc.perform(get("/me/exercise/" + id).with(user(patient)))
			.andExpect(content().string(containsString("(8 % of the latest body weight)")));
		mvc.perform(get("/me/exercise").with(user(patient)))
			.andExpect(content().string(containsString("vest 5 kg (8 % of body weight) · 35 min · 2.8 km · 4,200 steps")));
	}

	@Test
	void addingRowsWithoutJavaScriptKeepsWhatWasTypedAndSavesNothing() throws Exception {
		AuthenticatedUser patient = people.patient();

		mvc.perform(post("/me/exercise/new").with(user(patient)).with(csrf())
			.param("type", "RESISTANCE").param("date", patients.today(patient.id()).toString())
			.param("sets[0].exercise", "row").param("sets[0].reps", "12")
			.param("addSetRows", "more"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"sets[9].reps\"")))
			.andExpect(content().string(not(containsString("name=\"sets[10].reps\""))))
			.andExpect(content().string(containsString("value=\"12\"")));

		assertThat(count(patient)).isZero();
	}

	@Test
	void everyRuleIsExplainedBesideItsFieldAndNothingIsSaved() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate tomorrow = patients.today(patient.id()).plusDays(1);

		mvc.perform(post("/me/exercise/new").with(user(patient)).with(csrf())
			.param("type", "RESISTANCE").param("date", tomorrow.toString()).param("durationMinutes", "601")
			.param("sets[0].exercise", "squat").param("sets[0].reps", "0")
			.param("sets[1].exercise", "").param("sets[1].reps", "")
			.param("sets[2].exercise", "squat").param("sets[2].reps", "101").param("sets[2].load", "-1")
			.param("sets[3].exercise", "squat").param("sets[3].reps", "5").param("sets[3].load", "500.5"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "date", "exercise.date.future"))
			.andExpect(model().attributeHasFieldErrorCode("form", "durationMinutes", "exercise.duration.range"))
			.andExpect(model().attributeHasFieldErrorCode("form", "sets[0].reps", "exercise.set.reps.range"))
			.andExpect(model().attributeHasFieldErrorCode("form", "sets[2].reps", "exercise.set.reps.range"))
			.andExpect(model().attributeHasFieldErrorCode("form", "sets[2].load", "exercise.set.load.range"))
			.andExpect(model().attributeHasFieldErrorCode("form", "sets[3].load", "exercise.set.load.range"))
			.andExpect(content().string(containsString("The date cannot be in the future.")))
			.andExpect(content().string(containsString("Enter a duration between 1 and 600 minutes.")))
			.andExpect(content().string(containsString("Reps must be between 1 and 100.")))
			.andExpect(content().string(containsString("Enter a load between 0 and 500 kg")))
			.andExpect(content().string(containsString("id=\"sets2reps-error\"")))
			.andExpect(content().string(containsString("aria-describedby=\"sets2reps-error\"")))
			.andExpect(content().string(containsString("value=\"500.5\"")));

		mvc.perform(post("/me/exercise/new").with(user(patient)).with(csrf())
			.param("type", "IMPACT").param("date", "")
			.param("impacts[0].activity", "hops").param("impacts[0].count", "2001"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "date", "exercise.date.required"))
			.andExpect(model().attributeHasFieldErrorCode("form", "impacts[0].count", "exercise.impact.count.range"))
			.andExpect(content().string(containsString("Enter between 1 and 2,000 impacts.")))
			.andExpect(content().string(containsString("Enter the date of the session.")));

		mvc.perform(post("/me/exercise/new").with(user(patient)).with(csrf())
			.param("type", "DANCING").param("date", tomorrow.minusDays(1).toString()).param("durationMinutes", "30"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "type", "exercise.type.unknown"))
			.andExpect(content().string(containsString("Unknown type of session")));

		assertThat(count(patient)).isZero();
	}

	@Test
	void anEditReplacesTheSessionAndPublishesNoLostUpdate() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());
		StoredSession session = sessions.create(patient.id(), ExerciseTestData.walk(today, 30), MassUnit.KG);

		mvc.perform(edit(patient, session.id(), session.version(), "45")).andExpect(status().is3xxRedirection());
		assertThat(sessions.find(patient.id(), session.id()).session().durationMinutes()).isEqualTo(45);

		// A second tab still holds the first version: its save is refused, and what it typed is kept.
		mvc.perform(edit(patient, session.id(), session.version(), "50"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("This session was changed while you were editing")))
			.andExpect(content().string(containsString("value=\"50\"")));
		assertThat(sessions.find(patient.id(), session.id()).session().durationMinutes()).isEqualTo(45);
	}

	@Test
	void deletingAsksForConfirmationOnAPageFirst() throws Exception {
		AuthenticatedUser patient = people.patient();
		StoredSession session = sessions.create(patient.id(), ExerciseTestData.walk(patients.today(patient.id()), 30),
				MassUnit.KG);

		mvc.perform(get("/me/exercise/" + session.id() + "/delete").with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Yes, delete the session")));
		assertThat(count(patient)).isOne();

		mvc.perform(post("/me/exercise/" + session.id() + "/delete").with(user(patient)).with(csrf())
			.param("version", String.valueOf(session.version())))
			.andExpect(status().is3xxRedirection());
		assertThat(count(patient)).isZero();
	}

	@Test
	void theListShowsWeeksNewestFirstAndFiltersByType() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());
		sessions.create(patient.id(), ExerciseTestData.walk(today.minusWeeks(3), 30), MassUnit.KG);
		sessions.create(patient.id(), ExerciseTestData.impact(today, 40), MassUnit.KG);

		String page = mvc.perform(get("/me/exercise").with(user(patient)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page.indexOf("Hops and low jumps 40")).isPositive().isLessThan(page.indexOf("30 min"));
		assertThat(page).contains("60 impacts");

		mvc.perform(get("/me/exercise").param("type", "WALK").with(user(patient)))
			.andExpect(content().string(containsString("30 min")))
			.andExpect(content().string(not(containsString("Hops and low jumps 40"))));
	}

	private MockHttpServletRequestBuilder edit(AuthenticatedUser patient, long id, long version, String minutes) {
		return post("/me/exercise/" + id + "/edit").with(user(patient)).with(csrf())
			.param("type", "WALK").param("date", patients.today(patient.id()).toString())
			.param("durationMinutes", minutes).param("version", String.valueOf(version));
	}

	private void useUnit(AuthenticatedUser patient, String unit) throws Exception {
		mvc.perform(post("/me/profile").with(user(patient)).with(csrf())
			.param("timeZone", "UTC").param("massUnit", unit).param("vitaminDUnit", "IU"));
	}

	private int count(AuthenticatedUser patient) {
		return jdbc.queryForObject("select count(*) from exercise_sessions where patient_id = ?", Integer.class,
				patient.id());
	}

}
