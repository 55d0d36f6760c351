package org.bonetrack.nutrition.internal;

/** What a nutrition entry records. */
public enum EntryKind {

	/** A catalogue food and the grams eaten. */
	FOOD,
	/** A supplement preset and the servings taken. */
	SUPPLEMENT,
	/** Amounts typed in by hand. */
	MANUAL,
	/** Amounts read from an uploaded export (Cronometer). */
	IMPORTED

}
