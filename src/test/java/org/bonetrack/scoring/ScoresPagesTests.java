package org.bonetrack.scoring;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.patients.internal.ProfileService;
import org.bonetrack.scoring.rules.ExerciseSession;
import org.bonetrack.scoring.rules.ImpactBout;
import org.bonetrack.scoring.rules.NutritionDay;
import org.bonetrack.shared.IsoWeek;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ScoringIntegrationTest
class ScoresPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	WeeklyScores scores;

	@Autowired
	ProfileService profiles;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theScoresPageListsWeeksWithTheirComponentsAsATableForTheChartAndSaysItDoesNotPrescribe() throws Exception {
		AuthenticatedUser patient = people.patient();
		IsoWeek current = scores.currentWeek(patient.id());
		IsoWeek lastWeek = current.previous();
		ScriptedWeekData.script(patient.id(), lastWeek, week -> {
			for (int day = 1; day <= 7; day++) {
				week.nutrition(day, NutritionDay.of(1200, 20, 90, 320, 0, 250, 65));
			}
			return week;
		});
		profiles.recordWeight(patient.id(), LocalDate.now().minusWeeks(3), BigDecimal.valueOf(65), MassUnit.KG);
		// the weight's listener scores weeks after commit; a page read racing it could miss a week until the next visit
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
				select count(*) from event_publication
				where event_type like '%BodyWeightChanged' and completion_date is null""", Integer.class) == 0);

		mvc.perform(get("/me/scores").with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This week so far")))
			.andExpect(content().string(containsString("data-week=\"" + lastWeek + "\" data-total=\"50\" data-loading=\"0\" data-nutrition=\"100\"")))
			.andExpect(content().string(containsString("href=\"/me/scores/" + lastWeek + "\"")))
			.andExpect(content().string(containsString("<caption>Weekly scores, newest first (out of 100)</caption>")))
			.andExpect(content().string(containsString("it does not prescribe")))
			.andExpect(content().string(containsString("/js/scoring.js")))
			.andExpect(content().string(not(containsString("<script>"))));
	}

	@Test
	void aWeeksPageExplainsEachFindingAndLinksToItsArticle() throws Exception {
		AuthenticatedUser patient = people.patient();
		IsoWeek lastWeek = scores.currentWeek(patient.id()).previous();
		ScriptedWeekData.script(patient.id(), lastWeek, week -> week
			.session(2, ExerciseSession.impact(LocalTime.of(8, 0), 10, List.of(new ImpactBout("hops", 50, 3.5))))
			.nutrition(3, NutritionDay.of(2300, 20, 90, 320, 0, 250, 60)));

		mvc.perform(get("/me/scores/" + lastWeek).with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You had 1 of the 4 impact days to aim for.")))
			.andExpect(content().string(containsString("On 1 day your calcium was above 2,000 mg (highest 2,300 mg).")))
			.andExpect(content().string(containsString("You logged what you ate on 1 of 7 days.")))
			.andExpect(content().string(containsString("Record your weight on your profile")))
			.andExpect(content().string(containsString("href=\"/guidance/impact-training\">Read: Impact exercise</a>")))
			.andExpect(content().string(containsString("href=\"/guidance/upper-limits-and-safety\"")))
			.andExpect(content().string(containsString(">Partly met<")))
			.andExpect(content().string(containsString(">Warning<")))
			.andExpect(content().string(containsString("it does not prescribe")));
	}

	@Test
	void theCurrentWeekIsShownInProgressAndUnknownOrFutureWeeksAreNotFound() throws Exception {
		AuthenticatedUser patient = people.patient();
		IsoWeek current = scores.currentWeek(patient.id());

		mvc.perform(get("/me/scores/" + current).with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This week is still running")))
			.andExpect(content().string(containsString(">Not yet<")));
		mvc.perform(get("/me/scores/" + current.next()).with(user(patient))).andExpect(status().isNotFound());
		mvc.perform(get("/me/scores/2026-W54").with(user(patient))).andExpect(status().isNotFound());
		mvc.perform(get("/me/scores/last-week").with(user(patient))).andExpect(status().isNotFound());
	}

	@Test
	void onlyPatientsHaveScorePages() throws Exception {
		mvc.perform(get("/me/scores").with(user(people.clinician()))).andExpect(status().isForbidden());
		mvc.perform(get("/me/scores").with(user(people.admin()))).andExpect(status().isForbidden());
	}

}
