package org.bonetrack.scoring.rules;

import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One logged exercise session as the engine sees it. The date is the day it belongs to (see
 * {@link DayData}); the start time is local to the patient's time zone and may be unknown.
 */
public record ExerciseSession(ExerciseType type, @Nullable LocalTime startTime, int durationMinutes,
		@Nullable Integer rpe, List<WorkSet> sets, List<ImpactBout> impacts, @Nullable Double vestLoadKg) {

	public ExerciseSession {
		sets = List.copyOf(sets);
		impacts = List.copyOf(impacts);
	}

	public static ExerciseSession resistance(@Nullable LocalTime start, int minutes, @Nullable Integer rpe,
			List<WorkSet> sets) {
		return new ExerciseSession(ExerciseType.RESISTANCE, start, minutes, rpe, sets, List.of(), null);
	}

	public static ExerciseSession impact(@Nullable LocalTime start, int minutes, List<ImpactBout> impacts) {
		return new ExerciseSession(ExerciseType.IMPACT, start, minutes, null, List.of(), impacts, null);
	}

	public static ExerciseSession vestWalk(@Nullable LocalTime start, int minutes, double vestLoadKg) {
		return new ExerciseSession(ExerciseType.WEIGHTED_VEST_WALK, start, minutes, null, List.of(), List.of(),
				vestLoadKg);
	}

	public static ExerciseSession of(ExerciseType type, @Nullable LocalTime start, int minutes) {
		return new ExerciseSession(type, start, minutes, null, List.of(), List.of(), null);
	}

}
