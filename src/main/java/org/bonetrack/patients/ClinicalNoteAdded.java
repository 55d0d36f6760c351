package org.bonetrack.patients;

/** A clinician added a note to a patient's record. */
public record ClinicalNoteAdded(long patientId, long clinicianId, long noteId) {
}
