package org.bonetrack.nutrition;

/** An admin created or edited a supplement preset; entries already logged keep their amounts. */
public record SupplementPresetChanged(long presetId, String name, boolean created) {
}
