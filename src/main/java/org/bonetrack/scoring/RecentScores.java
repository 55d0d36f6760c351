package org.bonetrack.scoring;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A patient's latest complete weeks at a glance, for lists and flags: their totals (newest
 * first; as many as exist, up to the rule set's low-adherence window), the mean of them, and in
 * how many of the recent weeks an upper limit was passed (safety window, this week included).
 */
public record RecentScores(long patientId, List<Integer> totals, @Nullable Double meanTotal,
		int upperLimitWarningWeeks) {

	public RecentScores {
		totals = List.copyOf(totals);
	}

	public static RecentScores none(long patientId) {
		return new RecentScores(patientId, List.of(), null, 0);
	}

}
