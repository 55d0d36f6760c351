package org.bonetrack.guidance;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** How far the recomputation of stored scores with a newly published rule set has got. */
public record RescoringProgress(int ruleSetVersion, State state, long done, long total, Instant startedAt,
		@Nullable Instant finishedAt) {

	public enum State {

		RUNNING, DONE, SUPERSEDED

	}

	public int percent() {
		return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
	}

}
