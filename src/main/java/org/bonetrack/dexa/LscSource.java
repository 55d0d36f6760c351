package org.bonetrack.dexa;

/** Where the least significant change used for a comparison came from. */
public enum LscSource {

	/** The facility's own LSC in g/cm², entered with the scan. */
	FACILITY,
	/** The rule set's default percentage for the site (see {@link LscDefaults}). */
	DEFAULT

}
