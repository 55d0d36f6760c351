package org.bonetrack.exercise;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One set of a resistance session. Exactly one of {@code exerciseKey} (a catalogue key) and
 * {@code customName} (the patient's own exercise) is set. {@code rir} is the reps in reserve
 * when the patient gave it.
 */
public record ExerciseSetView(@Nullable String exerciseKey, @Nullable String customName, int reps, BigDecimal loadKg,
		boolean warmup, @Nullable Integer rir) {

	/** The catalogue key, or the custom name for an exercise outside the catalogue. */
	public String exercise() {
		return exerciseKey != null ? exerciseKey : customName;
	}

	public boolean isCustom() {
		return exerciseKey == null;
	}

}
