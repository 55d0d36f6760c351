package org.bonetrack.scoring.rules;

/** How the week did on one criterion. */
public enum FindingStatus {

	/** The target was reached. */
	MET,
	/** Some of the target was reached. */
	PARTIAL,
	/** Nothing towards the target. */
	MISSED,
	/** Not reached yet, and the week is still running. */
	PENDING,
	/** Something to look at for safety (an upper limit passed, impact on a low-impact plan). */
	WARNING,
	/** Information that does not change the score. */
	INFO

}
