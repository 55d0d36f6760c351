package org.bonetrack.nutrition.internal;

/** The exports BoneTrack can import nutrition from. */
public enum ImportFormat {

	CRONOMETER_DAILY_SUMMARY("Cronometer daily nutrition summary"),
	CRONOMETER_SERVINGS("Cronometer servings");

	private final String label;

	ImportFormat(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
