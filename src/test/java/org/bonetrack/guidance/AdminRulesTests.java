package org.bonetrack.guidance;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.guidance.internal.RuleSetService;
import org.bonetrack.patients.internal.ProfileService;
import org.bonetrack.scoring.ScoringIntegrationTest;
import org.bonetrack.scoring.ScriptedWeekData;
import org.bonetrack.scoring.WeeklyScores;
import org.bonetrack.scoring.rules.NutritionDay;
import org.bonetrack.shared.IsoWeek;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rules page: drafts validated parameter by parameter, a preview of their effect, publishing
 * (which recomputes stored scores), and two admins drafting at once. Published values equal the
 * defaults, so the other tests sharing the database keep scoring by v1's numbers.
 */
@ScoringIntegrationTest
class AdminRulesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	RuleSetService ruleSets;

	@Autowired
	Guidance guidance;

	@Autowired
	WeeklyScores scores;

	@Autowired
	ProfileService profiles;

	@Autowired
	JdbcTemplate jdbc;

	private AuthenticatedUser admin;

	@BeforeEach
	void noDraftYet() {
		admin = people.admin();
		ruleSets.draft().ifPresent(draft -> ruleSets.discardDraft(draft.lockVersion()));
	}

	private static Map<String, String> defaults() {
		Map<String, String> values = new LinkedHashMap<>();
		for (RuleParameter parameter : RuleParameter.values()) {
			values.put(parameter.key(), parameter.initialValue().toPlainString());
		}
		return values;
	}

	private static MockHttpServletRequestBuilder submit(AuthenticatedUser who, Map<String, String> values, long version,
			String action) {
		MockHttpServletRequestBuilder request = post("/admin/rules/draft/save").with(user(who))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("action", action);
		values.forEach((key, value) -> request.param("values[" + key + "]", value));
		return request;
	}

	private long startDraft() throws Exception {
		mvc.perform(post("/admin/rules/draft").with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection());
		return ruleSets.draft().orElseThrow().lockVersion();
	}

	@Test
	void thePageShowsTheRulesInForceWithTheirValues() throws Exception {
		mvc.perform(get("/admin/rules").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("In force: version <span>" + guidance.currentRules().version())))
			.andExpect(content().string(containsString("Calcium target (mg a day)")))
			.andExpect(content().string(containsString("Least significant change, femoral neck (%)")))
			.andExpect(content().string(containsString("Start drafting version")));
		mvc.perform(get("/admin/rules").with(user(people.clinician()))).andExpect(status().isForbidden());
	}

	@Test
	void everyParameterIsCheckedBesideItsFieldTheFormKeepsWhatWasTypedAndNothingIsSaved() throws Exception {
		long version = startDraft();
		Map<String, String> values = defaults();
		values.put("calciumTargetMg", "-5");
		values.put("impactWeightPercent", "60");
		values.put("vitaminDUpperLimitUg", "15");
		values.put("impactTargetDays", "3.5");
		values.put("epaDhaTargetMg", "lots");
		values.put("proteinFallbackTargetG", "");
		values.put("dexaIntervalAfterConcernMonths", "36");

		mvc.perform(submit(admin, values, version, "save"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "values[calciumTargetMg]", "rule.value.negative"))
			.andExpect(model().attributeHasFieldErrorCode("form", "values[impactTargetDays]", "rule.value.whole"))
			.andExpect(model().attributeHasFieldErrorCode("form", "values[epaDhaTargetMg]", "rule.value.notANumber"))
			.andExpect(model().attributeHasFieldErrorCode("form", "values[proteinFallbackTargetG]", "rule.value.required"))
			.andExpect(content().string(containsString("value=\"lots\"")))
			.andExpect(content().string(containsString("value=\"-5\"")))
			.andExpect(content().string(containsString("Enter zero or more: this value cannot be negative.")))
			.andExpect(content().string(containsString("aria-describedby=\"valuescalciumTargetMg-hint valuescalciumTargetMg-error\"")));

		values = defaults();
		values.put("impactWeightPercent", "60");
		values.put("vitaminDUpperLimitUg", "15");
		values.put("dexaIntervalAfterConcernMonths", "36");
		mvc.perform(submit(admin, values, version, "save"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "values[impactWeightPercent]", "rule.weights.sum"))
			.andExpect(model().attributeHasFieldErrorCode("form", "values[vitaminDUpperLimitUg]",
					"rule.upperLimit.aboveTarget"))
			.andExpect(model().attributeHasFieldErrorCode("form", "values[dexaIntervalAfterConcernMonths]",
					"rule.dexa.concernInterval"))
			.andExpect(content().string(containsString("The two weights must add up to 100 % (they add up to 110 %).")));

		RuleSetSummary draft = ruleSets.draft().orElseThrow();
		assertThat(draft.lockVersion()).isEqualTo(version);
		assertThat(draft.rules().sameValuesAs(guidance.currentRules())).isTrue();
	}

	@Test
	void aDraftIsSavedAndTheSecondOfTwoAdminsSavingAtOnceIsRefusedWithTheirValuesKept() throws Exception {
		long version = startDraft();
		AuthenticatedUser other = people.admin();
		Map<String, String> mine = defaults();
		mine.put("calciumTargetMg", "1100");
		Map<String, String> theirs = defaults();
		theirs.put("calciumTargetMg", "1300");

		mvc.perform(submit(admin, mine, version, "save")).andExpect(status().is3xxRedirection());
		mvc.perform(submit(other, theirs, version, "save"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString(admin.displayName() + " saved the draft while you were editing")))
			.andExpect(content().string(containsString("value=\"1300\"")));

		assertThat(ruleSets.draft().orElseThrow().rules().exact(RuleParameter.CALCIUM_TARGET_MG))
			.isEqualByComparingTo(new BigDecimal("1100"));
	}

	@Test
	void thePreviewCountsStoredPatientWeeksWhoseStatusWouldChange() throws Exception {
		AuthenticatedUser patient = people.patient();
		profiles.recordWeight(patient.id(), IsoWeek.of(java.time.LocalDate.now()).minusWeeks(3).monday(),
				BigDecimal.valueOf(60), MassUnit.KG);
		IsoWeek lastWeek = scores.currentWeek(patient.id()).previous();
		// 1100 mg calcium every day: short of 1200, but enough for a target of 1000
		ScriptedWeekData.script(patient.id(), lastWeek, week -> {
			for (int day = 1; day <= 7; day++) {
				week.nutrition(day, NutritionDay.of(1100, 20, 90, 320, 0, 250, 60));
			}
			return week;
		});
		scores.recent(java.util.List.of(patient.id()));
		long version = startDraft();
		Map<String, String> values = defaults();
		values.put("calciumTargetMg", "1000");

		RuleSetPreview preview = (RuleSetPreview) mvc.perform(submit(admin, values, version, "preview"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("would see at least one finding change status")))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("preview");

		assertThat(preview.statusChanges()).isPositive();
		assertThat(preview.totalChanges()).isPositive();
		assertThat(preview.meanTotalAfter()).isGreaterThan(preview.meanTotalBefore());
		assertThat(ruleSets.draft().orElseThrow().lockVersion()).isEqualTo(version);
	}

	@Test
	@Transactional
	void thePreviewWorksWhenNoScoreIsStoredAtAll() throws Exception {
		jdbc.update("delete from weekly_scores");
		long version = startDraft();

		RuleSetPreview preview = (RuleSetPreview) mvc.perform(submit(admin, defaults(), version, "preview"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("so publishing would change no stored score")))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("preview");

		assertThat(preview).isEqualTo(RuleSetPreview.empty(52));
	}

	@Test
	void publishingMakesTheDraftCurrentAndRecomputesEveryStoredScoreInTheBackground() throws Exception {
		AuthenticatedUser patient = people.patient();
		profiles.recordWeight(patient.id(), java.time.LocalDate.now().minusWeeks(5), BigDecimal.valueOf(70),
				MassUnit.KG);
		scores.recent(java.util.List.of(patient.id()));
		int before = guidance.currentRules().version();
		long version = startDraft();

		mvc.perform(submit(admin, defaults(), version, "publish")).andExpect(status().is3xxRedirection());

		int published = before + 1;
		assertThat(guidance.currentRules().version()).isEqualTo(published);
		assertThat(ruleSets.draft()).isEmpty();
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			// a list, so a job not started yet fails the assertion (and is awaited) rather than throwing
			assertThat(jdbc.queryForList("select state from scoring_rescoring_jobs where rule_set_version = ?",
					String.class, published)).singleElement().isIn("DONE", "SUPERSEDED");
			assertThat(jdbc.queryForList("select distinct rule_set_version from weekly_scores where patient_id = ?",
					Integer.class, patient.id())).allMatch(v -> v >= published);
		});
		mvc.perform(get("/admin/rules").with(user(admin)))
			.andExpect(content().string(containsString("Every stored weekly score was recomputed with version")));
	}

}
