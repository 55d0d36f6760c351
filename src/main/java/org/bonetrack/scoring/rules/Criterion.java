package org.bonetrack.scoring.rules;

/** What a finding is about, with the unit its value and target are measured in. */
public enum Criterion {

	RESISTANCE("days"), IMPACT("days"), LOW_IMPACT_WALKING("days"), IMPACT_ON_LOW_IMPACT_PLAN("days"),
	OSTEOGENIC_INDEX(""), NUTRITION_LOGGING("days"), CALCIUM("mg"), VITAMIN_D("µg"), VITAMIN_K("µg"),
	MAGNESIUM("mg"), EPA_DHA("mg"), PROTEIN("g"), BODY_WEIGHT(""), CALCIUM_UPPER_LIMIT("mg"),
	VITAMIN_D_UPPER_LIMIT("µg"), SUPPLEMENTAL_MAGNESIUM_UPPER_LIMIT("mg");

	private final String unit;

	Criterion(String unit) {
		this.unit = unit;
	}

	public String unit() {
		return unit;
	}

	/** Whether a WARNING of this criterion means an upper limit was passed (a clinical safety flag). */
	public boolean upperLimit() {
		return this == CALCIUM_UPPER_LIMIT || this == VITAMIN_D_UPPER_LIMIT
				|| this == SUPPLEMENTAL_MAGNESIUM_UPPER_LIMIT;
	}

}
