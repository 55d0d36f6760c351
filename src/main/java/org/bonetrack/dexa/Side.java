package org.bonetrack.dexa;

public enum Side {

	LEFT("left"), RIGHT("right");

	private final String label;

	Side(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
