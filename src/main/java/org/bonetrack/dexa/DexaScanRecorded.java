package org.bonetrack.dexa;

import java.time.LocalDate;

/**
 * A clinician recorded a scan, by hand or by FHIR import. Published in the transaction that
 * stored it.
 */
public record DexaScanRecorded(long patientId, long scanId, LocalDate date) {
}
