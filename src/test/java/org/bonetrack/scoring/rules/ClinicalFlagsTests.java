package org.bonetrack.scoring.rules;

import java.time.LocalDate;
import java.util.List;

import org.bonetrack.guidance.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClinicalFlagsTests {

	private static final RuleSet V1 = RuleSet.initial();

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	@ParameterizedTest(name = "lowest T-score {0}: flagged {1}")
	@CsvSource({ "-2.0, false", "-2.1, true", "-1.0, false" })
	void aLowestTScoreBelowMinusTwoMeetsTheAiblCriteria(double tScore, boolean flagged) {
		assertThat(ClinicalFlags.aiblTreatmentCriteria(tScore, RiskFactors.NONE, 60, 24.0, V1).isPresent())
			.isEqualTo(flagged);
	}

	@ParameterizedTest(name = "T {0}, age {1}, BMI {2}, parental hip {3}, steroids {4}, smoker {5}: {6} risk factors")
	@CsvSource(nullValues = "-", value = { "-1.5, 65, 20.0, false, false, false, 0",
			"-1.6, 65, 20.0, false, false, false, 1", "-1.0, 66, 20.0, false, false, false, 1",
			"-1.0, 60, 19.9, false, false, false, 1", "-1.6, 66, 19.9, true, true, true, 6",
			"-, -, -, false, false, true, 1" })
	void riskFactorsAreCountedFromTheirThresholds(Double tScore, Integer age, Double bmi, boolean parentalHip,
			boolean steroids, boolean smoker, int count) {
		RiskFactors factors = new RiskFactors(false, parentalHip, steroids, smoker);

		assertThat(ClinicalFlags.riskFactorCount(tScore, factors, age, bmi, V1)).isEqualTo(count);
	}

	@ParameterizedTest(name = "{0} risk factors: flagged {1}")
	@CsvSource({ "1, false", "2, true" })
	void twoRiskFactorsMeetTheAiblCriteria(int factors, boolean flagged) {
		// a T-score below −1.5 counts as one; smoking as another
		RiskFactors recorded = new RiskFactors(false, false, false, factors == 2);
		var flag = ClinicalFlags.aiblTreatmentCriteria(-1.8, recorded, 60, 24.0, V1);

		assertThat(flag.isPresent()).isEqualTo(flagged);
		flag.ifPresent(found -> assertThat(found.reasons()).containsExactly(ClinicalFlag.Reason.RISK_FACTORS));
	}

	@Test
	void aFragilityFractureAloneMeetsTheAiblCriteria() {
		var flag = ClinicalFlags.aiblTreatmentCriteria(null, new RiskFactors(true, false, false, false), null, null, V1);

		assertThat(flag).hasValueSatisfying(found -> {
			assertThat(found.kind()).isEqualTo(ClinicalFlag.Kind.AIBL_TREATMENT_CRITERIA);
			assertThat(found.reasons()).containsExactly(ClinicalFlag.Reason.FRAGILITY_FRACTURE);
			assertThat(found.messageKey()).isEqualTo("flag.aibl");
		});
	}

	@Test
	void aSignificantLossIsFlagged() {
		assertThat(ClinicalFlags.significantLoss(true)).isPresent();
		assertThat(ClinicalFlags.significantLoss(false)).isEmpty();
	}

	@ParameterizedTest(name = "last scan {0} ({1}, significant loss {2}): due {3}")
	@CsvSource(nullValues = "-", value = { "2024-11-21, NORMAL, false, false", "2024-11-20, NORMAL, false, true",
			"2025-11-21, OSTEOPENIA, false, false", "2025-11-20, OSTEOPENIA, false, true",
			"2025-11-20, OSTEOPOROSIS, false, true", "2025-11-20, NORMAL, true, true", "2025-11-20, NORMAL, false, false",
			"-, -, false, true" })
	void aScanIsDueAfterTwentyFourMonthsOrTwelveAfterAConcern(LocalDate lastScan, BoneCategory category,
			boolean significantLoss, boolean due) {
		assertThat(ClinicalFlags.dexaDue(lastScan, category, significantLoss, TODAY, V1).isPresent()).isEqualTo(due);
	}

	@ParameterizedTest(name = "totals {0}: low adherence {1}")
	@CsvSource({ "'40,40,40,40', false", "'40,40,40,39', true", "'10,100,100,100,0', false", "'39', true",
			"'', false" })
	void aMeanTotalBelowFortyOverTheLastFourCompleteWeeksIsLowAdherence(String totals, boolean flagged) {
		List<Integer> recent = totals.isEmpty() ? List.of()
				: java.util.Arrays.stream(totals.split(",")).map(Integer::valueOf).toList();

		assertThat(ClinicalFlags.lowAdherence(recent, TODAY.minusDays(1), TODAY, V1).isPresent()).isEqualTo(flagged);
	}

	@ParameterizedTest(name = "last logged {0} days ago: low adherence {1}")
	@CsvSource({ "13, false", "14, true", "200, true" })
	void nothingLoggedForFourteenDaysIsLowAdherence(int daysAgo, boolean flagged) {
		var flag = ClinicalFlags.lowAdherence(List.of(80, 80, 80, 80), TODAY.minusDays(daysAgo), TODAY, V1);

		assertThat(flag.isPresent()).isEqualTo(flagged);
		flag.ifPresent(found -> assertThat(found.reasons()).containsExactly(ClinicalFlag.Reason.NOTHING_LOGGED));
		assertThat(ClinicalFlags.lowAdherence(List.of(), null, TODAY, V1)).isPresent();
	}

	@ParameterizedTest(name = "upper-limit weeks {0}, warfarin {1}, vitamin K supplement {2}: reasons {3}")
	@CsvSource({ "0, false, true, ''", "0, true, false, ''", "1, false, false, UPPER_LIMIT_WARNING",
			"0, true, true, WARFARIN_AND_VITAMIN_K", "2, true, true, UPPER_LIMIT_WARNING WARFARIN_AND_VITAMIN_K" })
	void safetyFlagsUpperLimitWarningsAndVitaminKOnWarfarin(int warningWeeks, boolean warfarin, boolean vitaminK,
			String reasons) {
		var flag = ClinicalFlags.safety(warningWeeks, warfarin, vitaminK);

		assertThat(flag.map(ClinicalFlag::reasons).orElse(List.of()))
			.containsExactlyElementsOf(reasons.isEmpty() ? List.of()
					: java.util.Arrays.stream(reasons.split(" ")).map(ClinicalFlag.Reason::valueOf).toList());
	}

	@Test
	void evaluateListsEveryFlagThatApplies() {
		FlagInputs inputs = new FlagInputs(TODAY, -2.3, RiskFactors.NONE, 70, 22.0, LocalDate.of(2025, 1, 10),
				BoneCategory.OSTEOPENIA, true, List.of(20, 30, 25, 35), TODAY.minusDays(2), 1, false, false);

		assertThat(ClinicalFlags.evaluate(inputs, V1)).extracting(ClinicalFlag::kind)
			.containsExactly(ClinicalFlag.Kind.AIBL_TREATMENT_CRITERIA, ClinicalFlag.Kind.SIGNIFICANT_LOSS,
					ClinicalFlag.Kind.DEXA_DUE, ClinicalFlag.Kind.LOW_ADHERENCE, ClinicalFlag.Kind.SAFETY);
		FlagInputs calm = new FlagInputs(TODAY, -0.5, RiskFactors.NONE, 60, 24.0, TODAY.minusMonths(3),
				BoneCategory.NORMAL, false, List.of(80, 75, 90, 85), TODAY, 0, true, false);
		assertThat(ClinicalFlags.evaluate(calm, V1)).isEmpty();
	}

	@Test
	void theNextScanIsDueAfterTheSameIntervalsThatRaiseTheFlag() {
		LocalDate scan = LocalDate.of(2026, 3, 10);

		assertThat(ClinicalFlags.nextScanDue(scan, BoneCategory.NORMAL, false, V1)).isEqualTo(LocalDate.of(2028, 3, 10));
		assertThat(ClinicalFlags.nextScanDue(scan, BoneCategory.OSTEOPENIA, false, V1)).isEqualTo(LocalDate.of(2027, 3, 10));
		assertThat(ClinicalFlags.nextScanDue(scan, null, true, V1)).isEqualTo(LocalDate.of(2027, 3, 10));
		assertThat(ClinicalFlags.dexaDue(scan, BoneCategory.OSTEOPENIA, false, LocalDate.of(2027, 3, 9), V1)).isEmpty();
		assertThat(ClinicalFlags.dexaDue(scan, BoneCategory.OSTEOPENIA, false, LocalDate.of(2027, 3, 10), V1)).isPresent();
	}

}
