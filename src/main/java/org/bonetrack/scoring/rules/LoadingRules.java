package org.bonetrack.scoring.rules;

import java.util.List;

import org.bonetrack.guidance.ArticleSlugs;
import org.bonetrack.guidance.RuleSet;

import static org.bonetrack.guidance.RuleParameter.IMPACT_MIN_IMPACTS;
import static org.bonetrack.guidance.RuleParameter.IMPACT_MIN_PEAK_FORCE_BW;
import static org.bonetrack.guidance.RuleParameter.IMPACT_TARGET_DAYS;
import static org.bonetrack.guidance.RuleParameter.LOW_IMPACT_MIN_MINUTES;
import static org.bonetrack.guidance.RuleParameter.LOW_IMPACT_TARGET_DAYS;
import static org.bonetrack.guidance.RuleParameter.RESISTANCE_MAX_REPS_WITHOUT_EFFORT;
import static org.bonetrack.guidance.RuleParameter.RESISTANCE_MAX_RIR;
import static org.bonetrack.guidance.RuleParameter.RESISTANCE_MIN_RPE;
import static org.bonetrack.guidance.RuleParameter.RESISTANCE_MIN_WORKING_SETS;
import static org.bonetrack.guidance.RuleParameter.RESISTANCE_TARGET_DAYS;
import static org.bonetrack.guidance.RuleParameter.VEST_WALK_DAY_CREDIT_PERCENT;
import static org.bonetrack.guidance.RuleParameter.VEST_WALK_MIN_MINUTES;

/**
 * Resistance and impact (or the low-impact plan's walking days), each min(1, days / target).
 */
final class LoadingRules {

	private LoadingRules() {
	}

	/** The loading score 0–1; adds its findings. */
	static double score(WeekData week, PatientContext patient, RuleSet rules, List<Finding> findings) {
		double resistance = resistance(week, rules, findings);
		double impact = patient.lowImpactPlan() ? lowImpact(week, rules, findings) : impact(week, rules, findings);
		return ScoringEngine.loading(resistance, impact, rules);
	}

	private static double resistance(WeekData week, RuleSet rules, List<Finding> findings) {
		int target = rules.getInt(RESISTANCE_TARGET_DAYS);
		int minSets = rules.getInt(RESISTANCE_MIN_WORKING_SETS);
		int days = 0;
		for (DayData day : week.days()) {
			if (week.reached(day.date()) && qualifiesForResistance(day, rules, minSets)) {
				days++;
			}
		}
		FindingStatus status = ScoringEngine.status(days, target, week.inProgress());
		findings.add(new Finding(Criterion.RESISTANCE, status, (double) days, (double) target,
				ScoringEngine.key("score.resistance", status),
				List.of(days, target, minSets, rules.getInt(RESISTANCE_MIN_RPE), rules.getInt(RESISTANCE_MAX_RIR),
						rules.getInt(RESISTANCE_MAX_REPS_WITHOUT_EFFORT)),
				ArticleSlugs.RESISTANCE_TRAINING));
		return Math.min(1.0, (double) days / target);
	}

	/** A qualifying day has a resistance session with enough working sets at moderate-high effort. */
	private static boolean qualifiesForResistance(DayData day, RuleSet rules, int minSets) {
		for (ExerciseSession session : day.sessions()) {
			if (session.type() == ExerciseType.RESISTANCE && hardWorkingSets(session, rules) >= minSets) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Working sets at moderate-high effort: RPE at or above the threshold, or reps in reserve at or
	 * below it, or, when the patient gave neither, a set of at most the maximum reps (a load heavy
	 * enough that more reps were not possible, per the 8–12 RM guidance).
	 */
	static int hardWorkingSets(ExerciseSession session, RuleSet rules) {
		Integer rpe = session.rpe();
		int count = 0;
		for (WorkSet set : session.sets()) {
			if (set.warmup() || set.reps() < 1) {
				continue;
			}
			boolean hardByRpe = rpe != null && rpe >= rules.get(RESISTANCE_MIN_RPE);
			boolean hardByRir = set.rir() != null && set.rir() <= rules.get(RESISTANCE_MAX_RIR);
			boolean hardByReps = rpe == null && set.rir() == null
					&& set.reps() <= rules.get(RESISTANCE_MAX_REPS_WITHOUT_EFFORT);
			if (hardByRpe || hardByRir || hardByReps) {
				count++;
			}
		}
		return count;
	}

	private static double impact(WeekData week, RuleSet rules, List<Finding> findings) {
		int target = rules.getInt(IMPACT_TARGET_DAYS);
		double days = 0;
		for (DayData day : week.days()) {
			if (week.reached(day.date())) {
				days += impactDayCredit(day, rules);
			}
		}
		FindingStatus status = ScoringEngine.status(days, target, week.inProgress());
		findings.add(new Finding(Criterion.IMPACT, status, days, (double) target,
				ScoringEngine.key("score.impact", status),
				List.of(days, target, rules.getInt(IMPACT_MIN_IMPACTS), rules.get(IMPACT_MIN_PEAK_FORCE_BW),
						rules.getInt(VEST_WALK_MIN_MINUTES)),
				ArticleSlugs.IMPACT_TRAINING));
		return Math.min(1.0, days / target);
	}

	/**
	 * 1 for a day with enough impacts at or above the force threshold; otherwise the vest-walk
	 * credit (a half by default) for a long enough weighted-vest walk; otherwise 0.
	 */
	static double impactDayCredit(DayData day, RuleSet rules) {
		if (strongImpacts(day, rules) >= rules.get(IMPACT_MIN_IMPACTS)) {
			return 1.0;
		}
		for (ExerciseSession session : day.sessions()) {
			if (session.type() == ExerciseType.WEIGHTED_VEST_WALK
					&& session.durationMinutes() >= rules.get(VEST_WALK_MIN_MINUTES)) {
				return rules.fraction(VEST_WALK_DAY_CREDIT_PERCENT);
			}
		}
		return 0.0;
	}

	/** Impacts of the day from activities whose peak force reaches the threshold. */
	static int strongImpacts(DayData day, RuleSet rules) {
		double minForce = rules.get(IMPACT_MIN_PEAK_FORCE_BW);
		int count = 0;
		for (ExerciseSession session : day.sessions()) {
			for (ImpactBout bout : session.impacts()) {
				if (bout.peakForceBodyWeights() >= minForce && bout.count() > 0) {
					count += bout.count();
				}
			}
		}
		return count;
	}

	/**
	 * The low-impact plan: days with enough minutes of walking or weighted-vest walking. Impact
	 * work logged anyway is pointed out (the plan keeps impact to brisk-walking level).
	 */
	private static double lowImpact(WeekData week, RuleSet rules, List<Finding> findings) {
		int target = rules.getInt(LOW_IMPACT_TARGET_DAYS);
		int minMinutes = rules.getInt(LOW_IMPACT_MIN_MINUTES);
		int days = 0;
		int impactDays = 0;
		for (DayData day : week.days()) {
			if (!week.reached(day.date())) {
				continue;
			}
			int minutes = 0;
			for (ExerciseSession session : day.sessions()) {
				if (session.type() == ExerciseType.WALK || session.type() == ExerciseType.WEIGHTED_VEST_WALK) {
					minutes += session.durationMinutes();
				}
			}
			if (minutes >= minMinutes) {
				days++;
			}
			if (strongImpacts(day, rules) > 0) {
				impactDays++;
			}
		}
		FindingStatus status = ScoringEngine.status(days, target, week.inProgress());
		findings.add(new Finding(Criterion.LOW_IMPACT_WALKING, status, (double) days, (double) target,
				ScoringEngine.key("score.lowImpact", status), List.of(days, target, minMinutes),
				ArticleSlugs.WALKING_SWIMMING_CYCLING));
		if (impactDays > 0) {
			findings.add(new Finding(Criterion.IMPACT_ON_LOW_IMPACT_PLAN, FindingStatus.WARNING, (double) impactDays,
					0.0, "score.impactOnLowImpactPlan.warning",
					List.of(impactDays, rules.get(IMPACT_MIN_PEAK_FORCE_BW)), ArticleSlugs.UPPER_LIMITS_AND_SAFETY));
		}
		return Math.min(1.0, (double) days / target);
	}

}
