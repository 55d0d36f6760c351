package org.bonetrack.nutrition.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.bonetrack.nutrition.Nutrient;
import org.bonetrack.shared.VitaminDUnit;
import org.jspecify.annotations.Nullable;

/**
 * How amounts read on pages: whole milligrams, one decimal for micrograms and grams, vitamin D in
 * the patient's unit (whole IU).
 */
final class NutrientFormat {

	private NutrientFormat() {
	}

	static String amount(Nutrient nutrient, @Nullable BigDecimal canonical, VitaminDUnit vitaminDUnit) {
		if (canonical == null) {
			return "unknown";
		}
		return number(nutrient, canonical, vitaminDUnit) + " " + unit(nutrient, vitaminDUnit);
	}

	static String number(Nutrient nutrient, BigDecimal canonical, VitaminDUnit vitaminDUnit) {
		return switch (nutrient) {
			case CALCIUM, MAGNESIUM, EPA_DHA -> format(canonical, 0);
			case VITAMIN_D -> vitaminDUnit == VitaminDUnit.IU ? format(vitaminDUnit.fromMicrograms(canonical), 0)
					: format(canonical, 1);
			case VITAMIN_K, PROTEIN -> format(canonical, 1);
		};
	}

	static String unit(Nutrient nutrient, VitaminDUnit vitaminDUnit) {
		return nutrient == Nutrient.VITAMIN_D ? vitaminDUnit.symbol() : nutrient.unit();
	}

	/** The value a form field shows for a stored amount, in the field's unit, without rounding. */
	static @Nullable BigDecimal plain(@Nullable BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		BigDecimal stripped = amount.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	static String format(BigDecimal value, int decimals) {
		DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0.#",
				DecimalFormatSymbols.getInstance(Locale.UK));
		return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
	}

}
