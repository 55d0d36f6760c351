package org.bonetrack.dexa;

import java.time.LocalDate;

/**
 * A clinician corrected a scan; {@code date} is its date after the change. Published in the
 * transaction that changed it.
 */
public record DexaScanChanged(long patientId, long scanId, LocalDate date) {
}
