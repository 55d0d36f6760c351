package org.bonetrack.patients;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A row of a clinician's care-team list. */
public record CareTeamPatient(long id, String email, String displayName, @Nullable LocalDate birthDate,
		@Nullable LocalDate anastrozoleStart, boolean active) {
}
