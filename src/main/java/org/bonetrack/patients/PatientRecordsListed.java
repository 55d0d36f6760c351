package org.bonetrack.patients;

import java.util.List;

/** A clinician saw a list of patients (one audit entry per patient). */
public record PatientRecordsListed(long clinicianId, List<Long> patientIds, String what) {
}
