package org.bonetrack.patients.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.bonetrack.patients.Sex;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.shared.VitaminDUnit;
import org.jspecify.annotations.Nullable;

/** The fields a patient edits on their profile, already parsed. */
public record ProfileUpdate(@Nullable LocalDate birthDate, @Nullable Sex sex, @Nullable BigDecimal heightCm,
		@Nullable LocalDate anastrozoleStart, String timeZone, MassUnit massUnit, VitaminDUnit vitaminDUnit) {
}
