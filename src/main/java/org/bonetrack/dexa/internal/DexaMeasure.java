package org.bonetrack.dexa.internal;

/** What an Observation of a DXA site carries, with its UCUM unit (clinical-reference.md §6.2). */
public enum DexaMeasure {

	BMD("g/cm2", "g/cm\u00b2"), T_SCORE("{T-score}", "{T-score}"), Z_SCORE("{Z-score}", "{Z-score}");

	private final String ucum;

	private final String display;

	DexaMeasure(String ucum, String display) {
		this.ucum = ucum;
		this.display = display;
	}

	/** The UCUM code: {@code g/cm2}, never {@code g/cm-2} (which would mean g·cm²). */
	public String ucum() {
		return ucum;
	}

	public String display() {
		return display;
	}

}
