package org.bonetrack.dexa;

/** The skeletal sites BoneTrack records, in the order reports list them. */
public enum DexaSite {

	LUMBAR_SPINE("Lumbar spine"), TOTAL_HIP("Total hip"), FEMORAL_NECK("Femoral neck"), RADIUS_33("1/3 radius");

	private final String label;

	DexaSite(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Hip sites are measured on one side, which must be named. */
	public boolean needsSide() {
		return this == TOTAL_HIP || this == FEMORAL_NECK;
	}

	/** The spine has no side; the forearm may name one. */
	public boolean allowsSide() {
		return this != LUMBAR_SPINE;
	}

	/** ISCD: diagnosis uses the lowest T-score of lumbar spine, total hip and femoral neck. */
	public boolean diagnostic() {
		return this != RADIUS_33;
	}

}
