package org.bonetrack.patients;

/** A clinician changed a patient's clinical context. */
public record ClinicalContextChanged(long patientId, long clinicianId) {
}
