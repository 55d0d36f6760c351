package org.bonetrack.guidance;

/**
 * The effect of a candidate rule set on the stored patient-weeks of the last {@code weeks} weeks:
 * how many were compared, how many would see a finding change status, how many a different
 * total, and the mean total before and after.
 */
public record RuleSetPreview(int weeks, int patientWeeks, int statusChanges, int totalChanges, double meanTotalBefore,
		double meanTotalAfter) {

	public static RuleSetPreview empty(int weeks) {
		return new RuleSetPreview(weeks, 0, 0, 0, 0, 0);
	}

}
