package org.bonetrack.patients;

/**
 * A clinician read a patient's data. Published by whatever shows the data, so that every such
 * read lands in the audit trail.
 */
public record PatientRecordViewed(long clinicianId, long patientId, String what) {
}
