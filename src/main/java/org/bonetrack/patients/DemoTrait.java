package org.bonetrack.patients;

/** Habits that make the demo show every case the product handles. */
public enum DemoTrait {

	/** Takes too many calcium supplements: upper-limit warnings. */
	CALCIUM_OVERDOER,
	/** On warfarin and logs a vitamin K supplement: a safety flag. */
	WARFARIN_VITAMIN_K,
	/** Follows a low-impact plan after a vertebral fracture. */
	LOW_IMPACT_PLAN,
	/** Stopped logging a few weeks ago: low adherence. */
	LAPSED,
	/** Joined recently and has logged nothing yet. */
	NEW_NO_DATA,
	/** Her bone density fell significantly between scans. */
	SIGNIFICANT_LOSS,
	/** Changed scanner manufacturer between scans: changes not comparable. */
	SCANNER_CHANGE

}
