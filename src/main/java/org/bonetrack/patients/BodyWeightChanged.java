package org.bonetrack.patients;

import java.time.LocalDate;

/** A body weight was recorded or removed; scores from that date on may change. */
public record BodyWeightChanged(long patientId, LocalDate date) {
}
