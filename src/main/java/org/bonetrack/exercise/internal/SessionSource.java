package org.bonetrack.exercise.internal;

/** Where a session came from: typed in BoneTrack, or imported from an app's export. */
public enum SessionSource {

	MANUAL("BoneTrack"), STRONG("Strong"), HEVY("Hevy");

	private final String label;

	SessionSource(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
