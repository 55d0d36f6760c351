package org.bonetrack.exercise.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.bonetrack.exercise.ExerciseSessionView;
import org.bonetrack.exercise.ExerciseSetView;
import org.bonetrack.exercise.ExerciseType;
import org.bonetrack.exercise.ImpactView;
import org.jspecify.annotations.Nullable;

/**
 * A session that passed {@link SessionRules}: metric, trimmed, only the details its type
 * carries. Manual entries, imports and demo data all save this shape.
 */
public record ValidSession(LocalDate date, @Nullable LocalTime startTime, ExerciseType type,
		@Nullable Integer durationMinutes, @Nullable Integer rpe, @Nullable String notes, List<Set> sets,
		List<Impact> impacts, @Nullable BigDecimal vestLoadKg, @Nullable BigDecimal distanceKm,
		@Nullable Integer steps) {

	public ValidSession {
		sets = List.copyOf(sets);
		impacts = List.copyOf(impacts);
	}

	/** How other modules would see this session once saved under the id. */
	public ExerciseSessionView view(long id, Catalogue.Entries catalogue) {
		return new ExerciseSessionView(id, date, startTime, type, durationMinutes, rpe, notes,
				sets.stream()
					.map(set -> new ExerciseSetView(set.exerciseKey(), set.customName(), set.reps(), set.loadKg(),
							set.warmup(), set.rir()))
					.toList(),
				impacts.stream()
					.map(impact -> new ImpactView(impact.activityKey(), impact.count(),
							catalogue.byKey(impact.activityKey())
								.map(entry -> entry.peakForceBodyWeights())
								.orElse(BigDecimal.ZERO)))
					.toList(),
				vestLoadKg, distanceKm, steps);
	}

	/** A set; exactly one of {@code exerciseKey} and {@code customName} is set. */
	public record Set(@Nullable String exerciseKey, @Nullable String customName, int reps, BigDecimal loadKg,
			boolean warmup, @Nullable Integer rir) {
	}

	public record Impact(String activityKey, int count) {
	}

}
