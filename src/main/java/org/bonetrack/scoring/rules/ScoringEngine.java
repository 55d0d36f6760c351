package org.bonetrack.scoring.rules;

import java.util.ArrayList;
import java.util.List;

import org.bonetrack.guidance.RuleSet;

import static org.bonetrack.guidance.RuleParameter.IMPACT_WEIGHT_PERCENT;
import static org.bonetrack.guidance.RuleParameter.LOADING_WEIGHT_PERCENT;
import static org.bonetrack.guidance.RuleParameter.NUTRITION_WEIGHT_PERCENT;
import static org.bonetrack.guidance.RuleParameter.RESISTANCE_WEIGHT_PERCENT;

/**
 * The weekly score, DESIGN.md §3 rule set v1 with every number taken from the rule set:
 * <ul>
 * <li>loading = resistance and impact (or, on a low-impact plan, brisk-walking days), weighted;
 * <li>nutrition = the mean over six nutrients of the week's mean daily adequacy;
 * <li>total = loading and nutrition, weighted; the osteogenic index is information only.
 * </ul>
 * A week in progress is scored to date: days after the patient's today are not reached and count
 * for nothing either way, today counts (and fills up as she logs), and the weekly day targets
 * are not scaled down, so the score only grows as the week goes on.
 */
public final class ScoringEngine {

	private ScoringEngine() {
	}

	public static WeeklyScore score(WeekData week, PatientContext patient, RuleSet rules) {
		List<Finding> findings = new ArrayList<>(16);
		double loading = LoadingRules.score(week, patient, rules, findings);
		findings.add(OsteogenicIndex.finding(week, patient, rules));
		double nutrition = NutritionRules.score(week, patient, rules, findings);
		double total = rules.fraction(LOADING_WEIGHT_PERCENT) * loading
				+ rules.fraction(NUTRITION_WEIGHT_PERCENT) * nutrition;
		return new WeeklyScore(week.week(), rules.version(), week.inProgress(), percent(total), percent(loading),
				percent(nutrition), findings.stream().sorted(FindingOrder.INSTANCE).toList());
	}

	/** The loading part alone (0–1), resistance and impact weighted. */
	static double loading(double resistance, double impact, RuleSet rules) {
		return rules.fraction(RESISTANCE_WEIGHT_PERCENT) * resistance + rules.fraction(IMPACT_WEIGHT_PERCENT) * impact;
	}

	/** A fraction 0–1 as a whole percentage; rounding is monotonic, so growing inputs never lower it. */
	static int percent(double fraction) {
		return (int) Math.max(0, Math.min(100, Math.round(fraction * 100)));
	}

	static double round2(double value) {
		return Math.round(value * 100) / 100.0;
	}

	/** Status of a weekly day target. */
	static FindingStatus status(double achieved, double target, boolean inProgress) {
		if (achieved >= target) {
			return FindingStatus.MET;
		}
		if (inProgress) {
			return FindingStatus.PENDING;
		}
		return achieved > 0 ? FindingStatus.PARTIAL : FindingStatus.MISSED;
	}

	/** The message key of a status: {@code <stem>.met}, {@code .partial}, … */
	static String key(String stem, FindingStatus status) {
		return stem + "." + status.name().toLowerCase(java.util.Locale.ROOT);
	}

	/** Findings in the order a patient reads them: loading, nutrition, then warnings. */
	private enum FindingOrder implements java.util.Comparator<Finding> {

		INSTANCE;

		@Override
		public int compare(Finding a, Finding b) {
			return Integer.compare(rank(a), rank(b));
		}

		private static int rank(Finding finding) {
			return (finding.status() == FindingStatus.WARNING ? 100 : 0) + finding.criterion().ordinal();
		}

	}

}
