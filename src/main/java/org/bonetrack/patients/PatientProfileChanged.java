package org.bonetrack.patients;

/** The patient changed their profile (units, time zone, height, dates). */
public record PatientProfileChanged(long patientId) {
}
