package org.bonetrack.exercise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A logged session as other modules see it; masses in kilograms. {@code durationMinutes} is
 * always present for WEIGHTED_VEST_WALK, WALK, SWIM, CYCLE and OTHER, and may be null for
 * RESISTANCE and IMPACT sessions (e.g. imported without a duration). {@code sets} is empty unless
 * RESISTANCE, {@code impacts} empty unless IMPACT, {@code vestLoadKg} null unless
 * WEIGHTED_VEST_WALK.
 */
public record ExerciseSessionView(long id, LocalDate date, @Nullable LocalTime startTime, ExerciseType type,
		@Nullable Integer durationMinutes, @Nullable Integer rpe, @Nullable String notes, List<ExerciseSetView> sets,
		List<ImpactView> impacts, @Nullable BigDecimal vestLoadKg, @Nullable BigDecimal distanceKm,
		@Nullable Integer steps) {

	/** Sets that are not warm-ups. */
	public List<ExerciseSetView> workingSets() {
		return sets.stream().filter(set -> !set.warmup()).toList();
	}

	public int totalImpacts() {
		return impacts.stream().mapToInt(ImpactView::count).sum();
	}

}
