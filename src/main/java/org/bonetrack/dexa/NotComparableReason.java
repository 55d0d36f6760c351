package org.bonetrack.dexa;

/** Why two results of a site are not compared (clinical-reference.md §5.2, §5.5). */
public enum NotComparableReason {

	/** BMD differs systematically between manufacturers; cross-calibration is not fit for one patient. */
	MANUFACTURER_DIFFERS("Different scanner manufacturers: their BMD values are not interchangeable"),
	/** ISCD: spine BMD is only compared when the same vertebrae were used. */
	VERTEBRAE_DIFFER("Different vertebrae were used for the spine result");

	private final String label;

	NotComparableReason(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
