package org.bonetrack.nutrition;

/**
 * The six nutrients BoneTrack tracks, each in its canonical unit. {@link #key()} is the name of
 * the day's total in the JSON API ({@code calciumMg}, {@code vitaminDUg}, ...).
 */
public enum Nutrient {

	CALCIUM("calciumMg", "Calcium", "mg"),
	VITAMIN_D("vitaminDUg", "Vitamin D", "µg"),
	VITAMIN_K("vitaminKUg", "Vitamin K", "µg"),
	MAGNESIUM("magnesiumMg", "Magnesium", "mg"),
	EPA_DHA("epaDhaMg", "Omega-3 EPA+DHA", "mg"),
	PROTEIN("proteinG", "Protein", "g");

	private final String key;

	private final String label;

	private final String unit;

	Nutrient(String key, String label, String unit) {
		this.key = key;
		this.label = label;
		this.unit = unit;
	}

	public String key() {
		return key;
	}

	public String label() {
		return label;
	}

	public String unit() {
		return unit;
	}

}
