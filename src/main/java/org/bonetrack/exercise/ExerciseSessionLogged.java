package org.bonetrack.exercise;

import java.time.LocalDate;

/** A patient logged (or imported) a session on this date. */
public record ExerciseSessionLogged(long patientId, long sessionId, LocalDate date) {
}
