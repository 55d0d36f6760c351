package org.bonetrack.exercise.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A session as typed on the page or sent to the API, before any rule is checked. Loads are in
 * the unit given to {@link ExerciseSessions}; problems are reported under the API's field names
 * ({@code date}, {@code sets[2].reps}, {@code vestLoadKg} …).
 */
public record SessionInput(@Nullable LocalDate date, @Nullable LocalTime startTime, @Nullable String type,
		@Nullable Integer durationMinutes, @Nullable Integer rpe, @Nullable String notes,
		@Nullable List<SetInput> sets, @Nullable List<ImpactInput> impacts, @Nullable BigDecimal vestLoad,
		@Nullable BigDecimal distanceKm, @Nullable Integer steps) {

	/** {@code exercise} is a catalogue key, a catalogue name or the patient's own exercise name. */
	public record SetInput(@Nullable String exercise, @Nullable Integer reps, @Nullable BigDecimal load,
			@Nullable Boolean warmup, @Nullable Integer rir) {
	}

	/** {@code activity} is an impact activity's catalogue key (or its name). */
	public record ImpactInput(@Nullable String activity, @Nullable Integer count) {
	}

}
