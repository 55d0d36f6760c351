package org.bonetrack.nutrition;

import java.time.LocalDate;

/**
 * Something was logged, changed or removed on a patient's day (in the patient's own calendar),
 * so that day's totals changed. Published inside the transaction that made the change.
 */
public record NutritionDayChanged(long patientId, LocalDate date) {
}
