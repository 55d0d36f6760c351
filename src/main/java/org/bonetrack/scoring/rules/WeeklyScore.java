package org.bonetrack.scoring.rules;

import java.util.List;
import java.util.Optional;

import org.bonetrack.shared.IsoWeek;

/**
 * The score of one ISO week: total, loading and nutrition, each 0–100, the findings that
 * explain them, and the rule-set version used. An in-progress week is scored to date.
 */
public record WeeklyScore(IsoWeek week, int ruleSetVersion, boolean inProgress, int total, int loading,
		int nutrition, List<Finding> findings) {

	public WeeklyScore {
		findings = List.copyOf(findings);
	}

	public Optional<Finding> finding(Criterion criterion) {
		return findings.stream().filter(finding -> finding.criterion() == criterion).findFirst();
	}

	/** Whether an upper limit was passed on some day of the week. */
	public boolean hasUpperLimitWarning() {
		return findings.stream()
			.anyMatch(finding -> finding.status() == FindingStatus.WARNING && finding.criterion().upperLimit());
	}

}
