package org.bonetrack.exercise;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A patient confirmed an import from Strong or Hevy. Each saved session is also announced with
 * its own {@link ExerciseSessionLogged}; this event says what the import as a whole did.
 * {@code from}/{@code to} are null when nothing new was added.
 */
public record ExerciseHistoryImported(long patientId, long importId, String source, int sessionsAdded,
		@Nullable LocalDate from, @Nullable LocalDate to) {
}
