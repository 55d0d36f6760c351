package org.bonetrack.patients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import org.bonetrack.shared.MassUnit;
import org.bonetrack.shared.VitaminDUnit;
import org.jspecify.annotations.Nullable;

/** A patient as other modules see them. Any of the optional fields may still be unknown. */
public record PatientProfile(long patientId, String email, String displayName, @Nullable LocalDate birthDate,
		@Nullable Sex sex, @Nullable BigDecimal heightCm, @Nullable LocalDate anastrozoleStart, ZoneId timeZone,
		MassUnit massUnit, VitaminDUnit vitaminDUnit, @Nullable BigDecimal latestWeightKg,
		ClinicalContext clinicalContext) {

	public @Nullable Integer ageOn(LocalDate date) {
		return birthDate == null ? null : Period.between(birthDate, date).getYears();
	}

	public @Nullable BigDecimal bmi() {
		if (heightCm == null || latestWeightKg == null) {
			return null;
		}
		BigDecimal metres = heightCm.movePointLeft(2);
		return latestWeightKg.divide(metres.multiply(metres), 1, java.math.RoundingMode.HALF_UP);
	}

}
