package org.bonetrack.exercise.internal.imports;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One set (or cardio entry) of an export, whatever the app: metric, with the workout it belongs
 * to. {@code line} is where it is in the file, for messages.
 */
record WorkoutRow(long line, LocalDateTime start, @Nullable String workoutName, @Nullable String workoutNotes,
		@Nullable Integer workoutMinutes, boolean workoutMinutesImplausible, String exerciseName,
		@Nullable String exerciseNotes, int setIndex, SetKind kind, @Nullable Integer reps,
		@Nullable BigDecimal weightKg, @Nullable BigDecimal distanceKm, @Nullable Integer seconds,
		@Nullable BigDecimal rpe) {

	/** A set of reps, as opposed to a cardio entry or a timed hold. */
	boolean hasReps() {
		return reps != null && reps != 0;
	}

	boolean hasDistanceOrTime() {
		return (distanceKm != null && distanceKm.signum() > 0) || (seconds != null && seconds > 0);
	}

}
