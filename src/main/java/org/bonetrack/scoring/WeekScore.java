package org.bonetrack.scoring;

import java.time.Instant;
import java.util.List;

import org.bonetrack.scoring.rules.Finding;
import org.bonetrack.scoring.rules.WeeklyScore;
import org.bonetrack.shared.IsoWeek;
import org.jspecify.annotations.Nullable;

/**
 * A patient's score for one ISO week: stored, or computed on read for the week in progress
 * ({@code computedAt} is then null). Findings may be left out of lists.
 */
public record WeekScore(IsoWeek week, int total, int loading, int nutrition, int ruleSetVersion, boolean inProgress,
		@Nullable Instant computedAt, List<Finding> findings) {

	public WeekScore {
		findings = List.copyOf(findings);
	}

	public static WeekScore live(WeeklyScore score) {
		return new WeekScore(score.week(), score.total(), score.loading(), score.nutrition(), score.ruleSetVersion(),
				score.inProgress(), null, score.findings());
	}

}
