package org.bonetrack.scoring.rules;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.bonetrack.shared.IsoWeek;

/** Made-up weeks for the engine's tests. */
final class Weeks {

	static final IsoWeek WEEK = IsoWeek.parse("2026-W10");

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final PatientContext PATIENT = PatientContext.of(65.0, LONDON);

	private Weeks() {
	}

	/** A resistance session of the given working sets, each 5 reps at RPE 8. */
	static ExerciseSession strength(int workingSets) {
		return strength(workingSets, 8, 5);
	}

	static ExerciseSession strength(int workingSets, Integer rpe, int reps) {
		List<WorkSet> sets = new ArrayList<>();
		sets.add(WorkSet.warmup(10, 20));
		sets.add(WorkSet.warmup(8, 30));
		for (int i = 0; i < workingSets; i++) {
			sets.add(WorkSet.working(reps, 45));
		}
		return ExerciseSession.resistance(LocalTime.of(9, 0), 40, rpe, sets);
	}

	static ExerciseSession hops(int count) {
		return jumps(count, 3.5, LocalTime.of(7, 0));
	}

	static ExerciseSession jumps(int count, double peakForce, LocalTime start) {
		return ExerciseSession.impact(start, 10, List.of(new ImpactBout("hops", count, peakForce)));
	}

	/** A day that meets every nutrient target for a 65 kg patient, below every upper limit. */
	static NutritionDay fullDay() {
		return NutritionDay.of(1200, 20, 90, 320, 0, 250, 65);
	}

	static NutritionDay day(double calcium, double vitaminD, double supplementalMagnesium) {
		return NutritionDay.of(calcium, vitaminD, 90, 320, supplementalMagnesium, 250, 65);
	}

	/** A week with every nutrient met each day and the given sessions on Monday onwards. */
	static WeekData.Builder wellFed(IsoWeek week) {
		WeekData.Builder builder = WeekData.builder(week);
		for (int day = 1; day <= 7; day++) {
			builder.nutrition(day, fullDay());
		}
		return builder;
	}

}
