package org.bonetrack.nutrition.internal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** Small helpers for exact decimal amounts. */
public final class Amounts {

	private Amounts() {
	}

	/**
	 * The same number without trailing zeros but never in exponent form (300, not 3E+2), so JSON
	 * and pages show it plainly.
	 */
	public static @Nullable BigDecimal tidy(@Nullable BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		BigDecimal stripped = amount.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
