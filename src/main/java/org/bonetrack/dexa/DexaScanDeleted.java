package org.bonetrack.dexa;

import java.time.LocalDate;

/**
 * A clinician removed a scan; {@code date} is the date it had. Published in the transaction that
 * removed it.
 */
public record DexaScanDeleted(long patientId, long scanId, LocalDate date) {
}
