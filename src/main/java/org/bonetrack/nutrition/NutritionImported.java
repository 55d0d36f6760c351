package org.bonetrack.nutrition;

/**
 * A patient confirmed an uploaded export; each changed day also gets its own
 * {@link NutritionDayChanged}.
 */
public record NutritionImported(long patientId, long importId, String format, int daysSaved, int entriesSaved) {
}
