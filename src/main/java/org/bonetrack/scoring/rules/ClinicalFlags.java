package org.bonetrack.scoring.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bonetrack.guidance.RuleSet;
import org.jspecify.annotations.Nullable;

import static org.bonetrack.guidance.RuleParameter.AIBL_MIN_RISK_FACTORS;
import static org.bonetrack.guidance.RuleParameter.AIBL_RISK_AGE_OVER;
import static org.bonetrack.guidance.RuleParameter.AIBL_RISK_BMI_UNDER;
import static org.bonetrack.guidance.RuleParameter.AIBL_RISK_T_SCORE_BELOW;
import static org.bonetrack.guidance.RuleParameter.AIBL_T_SCORE_BELOW;
import static org.bonetrack.guidance.RuleParameter.DEXA_INTERVAL_AFTER_CONCERN_MONTHS;
import static org.bonetrack.guidance.RuleParameter.DEXA_INTERVAL_MONTHS;
import static org.bonetrack.guidance.RuleParameter.LOW_ADHERENCE_SCORE_BELOW;
import static org.bonetrack.guidance.RuleParameter.LOW_ADHERENCE_SILENT_DAYS;
import static org.bonetrack.guidance.RuleParameter.LOW_ADHERENCE_WEEKS;

/**
 * The clinical flags of DESIGN.md §3, as pure functions. They inform the care team; they never
 * decide treatment and are never shown to the patient as advice.
 */
public final class ClinicalFlags {

	private ClinicalFlags() {
	}

	/** Every flag that applies, in the order of DESIGN.md. */
	public static List<ClinicalFlag> evaluate(FlagInputs in, RuleSet rules) {
		List<ClinicalFlag> flags = new ArrayList<>(5);
		aiblTreatmentCriteria(in.lowestTScore(), in.riskFactors(), in.age(), in.bmi(), rules).ifPresent(flags::add);
		significantLoss(in.lastScanSignificantLoss()).ifPresent(flags::add);
		dexaDue(in.lastScanDate(), in.lastScanCategory(), in.lastScanSignificantLoss(), in.today(), rules)
			.ifPresent(flags::add);
		lowAdherence(in.recentWeeklyTotals(), in.lastLoggedDate(), in.today(), rules).ifPresent(flags::add);
		safety(in.recentUpperLimitWarningWeeks(), in.takesWarfarin(), in.vitaminKSupplementLogged())
			.ifPresent(flags::add);
		return flags;
	}

	/**
	 * The 2017 AIBL joint position statement (Hadji et al.): lowest T-score below −2.0, or at least
	 * two risk factors (a T-score below −1.5, age over 65, BMI under 20, parental hip fracture,
	 * fragility fracture, oral corticosteroids, smoking), or a fragility fracture.
	 */
	public static Optional<ClinicalFlag> aiblTreatmentCriteria(@Nullable Double lowestTScore, RiskFactors factors,
			@Nullable Integer age, @Nullable Double bmi, RuleSet rules) {
		int riskCount = riskFactorCount(lowestTScore, factors, age, bmi, rules);
		List<ClinicalFlag.Reason> reasons = new ArrayList<>();
		if (lowestTScore != null && lowestTScore < rules.get(AIBL_T_SCORE_BELOW)) {
			reasons.add(ClinicalFlag.Reason.LOW_T_SCORE);
		}
		if (riskCount >= rules.getInt(AIBL_MIN_RISK_FACTORS)) {
			reasons.add(ClinicalFlag.Reason.RISK_FACTORS);
		}
		if (factors.fragilityFracture()) {
			reasons.add(ClinicalFlag.Reason.FRAGILITY_FRACTURE);
		}
		return reasons.isEmpty() ? Optional.empty()
				: Optional.of(new ClinicalFlag(ClinicalFlag.Kind.AIBL_TREATMENT_CRITERIA, reasons,
						List.of(lowestTScore == null ? "–" : lowestTScore, riskCount)));
	}

	/** How many of the AIBL risk factors apply; unknown age, BMI or T-score count as absent. */
	public static int riskFactorCount(@Nullable Double lowestTScore, RiskFactors factors, @Nullable Integer age,
			@Nullable Double bmi, RuleSet rules) {
		int count = 0;
		if (lowestTScore != null && lowestTScore < rules.get(AIBL_RISK_T_SCORE_BELOW)) {
			count++;
		}
		if (age != null && age > rules.get(AIBL_RISK_AGE_OVER)) {
			count++;
		}
		if (bmi != null && bmi < rules.get(AIBL_RISK_BMI_UNDER)) {
			count++;
		}
		count += factors.parentalHipFracture() ? 1 : 0;
		count += factors.fragilityFracture() ? 1 : 0;
		count += factors.oralCorticosteroids() ? 1 : 0;
		count += factors.smoker() ? 1 : 0;
		return count;
	}

	/** A loss of at least the site's least significant change since the previous scan, at any site. */
	public static Optional<ClinicalFlag> significantLoss(boolean lastScanSignificantLoss) {
		return lastScanSignificantLoss
				? Optional.of(new ClinicalFlag(ClinicalFlag.Kind.SIGNIFICANT_LOSS,
						List.of(ClinicalFlag.Reason.SIGNIFICANT_LOSS), List.of()))
				: Optional.empty();
	}

	/**
	 * A scan is due when there has been none, or the interval since the last has passed: 24 months,
	 * or 12 when that scan showed osteopenia, osteoporosis or a significant loss.
	 */
	public static Optional<ClinicalFlag> dexaDue(@Nullable LocalDate lastScan, @Nullable BoneCategory category,
			boolean significantLoss, LocalDate today, RuleSet rules) {
		if (lastScan == null) {
			return Optional.of(new ClinicalFlag(ClinicalFlag.Kind.DEXA_DUE, List.of(ClinicalFlag.Reason.NEVER_SCANNED),
					List.of()));
		}
		int months = scanIntervalMonths(category, significantLoss, rules);
		LocalDate due = lastScan.plusMonths(months);
		return today.isBefore(due) ? Optional.empty()
				: Optional.of(new ClinicalFlag(ClinicalFlag.Kind.DEXA_DUE, List.of(ClinicalFlag.Reason.INTERVAL_PASSED),
						List.of(lastScan.toString(), months, due.toString())));
	}

	/** The date the scan after one on {@code lastScan} is due, by the same intervals as {@link #dexaDue}. */
	public static LocalDate nextScanDue(LocalDate lastScan, @Nullable BoneCategory category, boolean significantLoss,
			RuleSet rules) {
		return lastScan.plusMonths(scanIntervalMonths(category, significantLoss, rules));
	}

	private static int scanIntervalMonths(@Nullable BoneCategory category, boolean significantLoss, RuleSet rules) {
		boolean concern = significantLoss || (category != null && category != BoneCategory.NORMAL);
		return rules.getInt(concern ? DEXA_INTERVAL_AFTER_CONCERN_MONTHS : DEXA_INTERVAL_MONTHS);
	}

	/**
	 * Low adherence: a mean total below the threshold over the latest complete weeks (as many as
	 * there are, up to the rule set's number), or nothing logged for the rule set's number of days
	 * (or ever).
	 */
	public static Optional<ClinicalFlag> lowAdherence(List<Integer> recentWeeklyTotals, @Nullable LocalDate lastLogged,
			LocalDate today, RuleSet rules) {
		List<ClinicalFlag.Reason> reasons = new ArrayList<>();
		List<Integer> window = recentWeeklyTotals.subList(0,
				Math.min(recentWeeklyTotals.size(), rules.getInt(LOW_ADHERENCE_WEEKS)));
		double mean = window.stream().mapToInt(Integer::intValue).average().orElse(Double.NaN);
		if (!window.isEmpty() && mean < rules.get(LOW_ADHERENCE_SCORE_BELOW)) {
			reasons.add(ClinicalFlag.Reason.LOW_SCORES);
		}
		long silentDays = lastLogged == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(lastLogged, today);
		if (silentDays >= rules.getInt(LOW_ADHERENCE_SILENT_DAYS)) {
			reasons.add(ClinicalFlag.Reason.NOTHING_LOGGED);
		}
		return reasons.isEmpty() ? Optional.empty()
				: Optional.of(new ClinicalFlag(ClinicalFlag.Kind.LOW_ADHERENCE, reasons,
						List.of(window.isEmpty() ? 0 : Math.round(mean), window.size(),
								lastLogged == null ? "–" : lastLogged.toString())));
	}

	/**
	 * Safety: an upper-limit warning in the recent weeks, or vitamin K supplements logged by a
	 * patient recorded as taking warfarin (vitamin K changes warfarin's effect).
	 */
	public static Optional<ClinicalFlag> safety(int recentUpperLimitWarningWeeks, boolean takesWarfarin,
			boolean vitaminKSupplementLogged) {
		List<ClinicalFlag.Reason> reasons = new ArrayList<>();
		if (recentUpperLimitWarningWeeks > 0) {
			reasons.add(ClinicalFlag.Reason.UPPER_LIMIT_WARNING);
		}
		if (takesWarfarin && vitaminKSupplementLogged) {
			reasons.add(ClinicalFlag.Reason.WARFARIN_AND_VITAMIN_K);
		}
		return reasons.isEmpty() ? Optional.empty()
				: Optional.of(new ClinicalFlag(ClinicalFlag.Kind.SAFETY, reasons, List.of(recentUpperLimitWarningWeeks)));
	}

}
