package org.bonetrack.exercise.internal.imports;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** Numbers as exporters write them: decimal points or commas, float noise, integers as "5.0". */
final class Numbers {

	private Numbers() {
	}

	/** The number, or null for an empty cell; {@link NumberFormatException} for anything else. */
	static @Nullable BigDecimal decimal(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip().replace("\u00a0", "").replace(" ", "");
		// Strong and Hevy never write thousands separators, so a lone comma is a decimal comma.
		if (value.indexOf(',') >= 0 && value.indexOf('.') < 0 && value.indexOf(',') == value.lastIndexOf(',')) {
			value = value.replace(',', '.');
		}
		return new BigDecimal(value);
	}

	/** A whole number; "8.0" is 8, "8.5" is refused. */
	static @Nullable Integer whole(@Nullable String text) {
		BigDecimal value = decimal(text);
		if (value == null) {
			return null;
		}
		try {
			return value.stripTrailingZeros().intValueExact();
		}
		catch (ArithmeticException ex) {
			throw new NumberFormatException(text);
		}
	}

}
