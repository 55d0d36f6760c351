package org.bonetrack.scoring.rules;

import org.jspecify.annotations.Nullable;

/**
 * One set of a resistance session: repetitions, load, whether it was a warm-up and, when the
 * patient gave it, how many more repetitions were left in reserve (RIR).
 */
public record WorkSet(int reps, double loadKg, boolean warmup, @Nullable Integer rir) {

	public static WorkSet working(int reps, double loadKg) {
		return new WorkSet(reps, loadKg, false, null);
	}

	public static WorkSet warmup(int reps, double loadKg) {
		return new WorkSet(reps, loadKg, true, null);
	}

	public WorkSet withRir(int repsInReserve) {
		return new WorkSet(reps, loadKg, warmup, repsInReserve);
	}

}
