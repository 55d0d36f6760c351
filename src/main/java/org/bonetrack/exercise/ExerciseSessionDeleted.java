package org.bonetrack.exercise;

import java.time.LocalDate;

/** A patient deleted the session that was on this date. */
public record ExerciseSessionDeleted(long patientId, long sessionId, LocalDate date) {
}
