package org.bonetrack.exercise.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.bonetrack.exercise.ExerciseSetView;
import org.jspecify.annotations.Nullable;

/** A set as stored: one row of {@code exercise_sets}, ordered by its position in the session. */
@Embeddable
class SetEntry {

	@Column(name = "exercise_key")
	private @Nullable String exerciseKey;

	private @Nullable String customName;

	private int reps;

	private BigDecimal loadKg;

	private boolean warmup;

	private @Nullable Integer rir;

	protected SetEntry() {
	}

	SetEntry(ValidSession.Set set) {
		this.exerciseKey = set.exerciseKey();
		this.customName = set.customName();
		this.reps = set.reps();
		this.loadKg = set.loadKg();
		this.warmup = set.warmup();
		this.rir = set.rir();
	}

	ExerciseSetView toView() {
		return new ExerciseSetView(exerciseKey, customName, reps, loadKg, warmup, rir);
	}

}
