package org.bonetrack.patients;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A care-team note about a patient; {@code sharedWithPatient} notes are addressed to her too. */
public record ClinicalNote(long id, long patientId, @Nullable Long clinicianId, @Nullable String clinicianName,
		String body, boolean sharedWithPatient, Instant createdAt) {
}
