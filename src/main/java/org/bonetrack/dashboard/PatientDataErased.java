package org.bonetrack.dashboard;

/** A patient had all her health data removed and her account closed, at her own request. */
public record PatientDataErased(long patientId) {
}
