package org.bonetrack.patients;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One dated body-weight measurement, in kilograms. */
public record BodyWeight(long id, LocalDate date, BigDecimal weightKg) {
}
