package org.bonetrack.exercise;

import java.time.LocalDate;

/**
 * A patient changed a session. When the date moved, both weeks are affected: {@code date} is the
 * new date, {@code previousDate} the old one (equal when the date stayed).
 */
public record ExerciseSessionChanged(long patientId, long sessionId, LocalDate date, LocalDate previousDate) {
}
