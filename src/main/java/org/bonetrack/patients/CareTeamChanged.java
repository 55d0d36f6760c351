package org.bonetrack.patients;

import java.util.Set;

/** The set of clinicians caring for a patient changed. */
public record CareTeamChanged(long patientId, Set<Long> clinicianIds) {
}
