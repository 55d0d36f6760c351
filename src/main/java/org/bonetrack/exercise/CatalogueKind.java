package org.bonetrack.exercise;

/** Whether a catalogue entry is lifted in sets or counted in impacts. */
public enum CatalogueKind {

	RESISTANCE, IMPACT

}
