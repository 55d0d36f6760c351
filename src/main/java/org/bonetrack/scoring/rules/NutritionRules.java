package org.bonetrack.scoring.rules;

import java.util.List;

import org.bonetrack.guidance.ArticleSlugs;
import org.bonetrack.guidance.RuleParameter;
import org.bonetrack.guidance.RuleSet;

import static org.bonetrack.guidance.RuleParameter.PROTEIN_FALLBACK_TARGET_G;
import static org.bonetrack.guidance.RuleParameter.PROTEIN_TARGET_G_PER_KG;

/**
 * Nutrition = the mean over the six nutrients of the week's mean daily adequacy, a day's
 * adequacy being min(1, intake / target). A reached day without entries counts 0; a day above a
 * nutrient's upper limit counts 0 for that nutrient and raises a warning.
 */
final class NutritionRules {

	private static final Nutrient[] NUTRIENTS = Nutrient.values();

	private NutritionRules() {
	}

	/** The nutrition score 0–1; adds its findings. */
	static double score(WeekData week, PatientContext patient, RuleSet rules, List<Finding> findings) {
		int n = NUTRIENTS.length;
		double[] targets = new double[n];
		double[] limits = new double[n];
		for (Nutrient nutrient : NUTRIENTS) {
			targets[nutrient.ordinal()] = target(nutrient, patient, rules);
			RuleParameter limit = nutrient.upperLimit();
			limits[nutrient.ordinal()] = limit == null ? Double.POSITIVE_INFINITY : rules.get(limit);
		}
		double[] adequacy = new double[n];
		double[] intake = new double[n];
		int[] daysOverLimit = new int[n];
		double[] highestOverLimit = new double[n];
		int counted = 0;
		int logged = 0;
		for (DayData day : week.days()) {
			if (!week.reached(day.date())) {
				continue;
			}
			counted++;
			NutritionDay nutrition = day.nutrition();
			if (!nutrition.logged()) {
				continue;
			}
			logged++;
			for (Nutrient nutrient : NUTRIENTS) {
				int i = nutrient.ordinal();
				double amount = Math.max(0, nutrition.amount(nutrient));
				intake[i] += amount;
				double limited = nutrient.limitedAmount(nutrition);
				if (limited > limits[i]) {
					daysOverLimit[i]++;
					highestOverLimit[i] = Math.max(highestOverLimit[i], limited);
				}
				else {
					adequacy[i] += Math.min(1.0, amount / targets[i]);
				}
			}
		}
		findings.add(loggingFinding(logged, counted, week.inProgress()));
		double sum = 0;
		for (Nutrient nutrient : NUTRIENTS) {
			int i = nutrient.ordinal();
			double mean = counted == 0 ? 0 : adequacy[i] / counted;
			sum += mean;
			findings.add(nutrientFinding(nutrient, counted == 0 ? 0 : intake[i] / counted, targets[i], mean,
					week.inProgress(), rules));
			if (daysOverLimit[i] > 0) {
				findings.add(upperLimitFinding(nutrient, daysOverLimit[i], highestOverLimit[i], limits[i]));
			}
		}
		if (patient.weightKg() == null) {
			double fallback = rules.get(PROTEIN_FALLBACK_TARGET_G);
			findings.add(new Finding(Criterion.BODY_WEIGHT, FindingStatus.INFO, null, null, "score.bodyWeight.missing",
					List.of(fallback, rules.get(PROTEIN_TARGET_G_PER_KG)), ArticleSlugs.PROTEIN));
		}
		return sum / n;
	}

	/** Protein's target follows body weight; without a weight the rule set's fallback applies. */
	static double target(Nutrient nutrient, PatientContext patient, RuleSet rules) {
		if (nutrient != Nutrient.PROTEIN) {
			return rules.get(nutrient.target());
		}
		Double weight = patient.weightKg();
		return weight == null || weight <= 0 ? rules.get(PROTEIN_FALLBACK_TARGET_G)
				: rules.get(PROTEIN_TARGET_G_PER_KG) * weight;
	}

	private static Finding loggingFinding(int logged, int counted, boolean inProgress) {
		FindingStatus status = ScoringEngine.status(logged, counted, inProgress);
		return new Finding(Criterion.NUTRITION_LOGGING, status, (double) logged, (double) counted,
				ScoringEngine.key("score.logging", status), List.of(logged, counted),
				ArticleSlugs.HOW_THE_WEEKLY_SCORE_WORKS);
	}

	/**
	 * Met when every counted day reached the target. While the week runs, anything short of that
	 * is pending; the message still says how far the days so far got.
	 */
	private static Finding nutrientFinding(Nutrient nutrient, double meanIntake, double target, double adequacy,
			boolean inProgress, RuleSet rules) {
		FindingStatus reached = adequacy >= 1.0 ? FindingStatus.MET
				: adequacy > 0 ? FindingStatus.PARTIAL : FindingStatus.MISSED;
		FindingStatus status = inProgress && reached != FindingStatus.MET ? FindingStatus.PENDING : reached;
		double value = ScoringEngine.round2(meanIntake);
		double roundedTarget = ScoringEngine.round2(target);
		List<Object> args = nutrient == Nutrient.PROTEIN
				? List.of(value, roundedTarget, ScoringEngine.percent(adequacy), rules.get(PROTEIN_TARGET_G_PER_KG))
				: List.of(value, roundedTarget, ScoringEngine.percent(adequacy));
		return new Finding(nutrient.criterion(), status, value, roundedTarget,
				ScoringEngine.key(nutrient.messageStem(), reached), args, nutrient.guidance());
	}

	private static Finding upperLimitFinding(Nutrient nutrient, int days, double highest, double limit) {
		String stem = switch (nutrient) {
			case CALCIUM -> "score.calciumUpperLimit";
			case VITAMIN_D -> "score.vitaminDUpperLimit";
			default -> "score.supplementalMagnesiumUpperLimit";
		};
		double value = ScoringEngine.round2(highest);
		return new Finding(nutrient.upperLimitCriterion(), FindingStatus.WARNING, value, limit, stem + ".warning",
				List.of(days, value, limit), ArticleSlugs.UPPER_LIMITS_AND_SAFETY);
	}

}
