package org.bonetrack.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a patient enters and reads masses (body weight, loads). Storage is always kilograms. */
public enum MassUnit {

	KG("kg"), LB("lb");

	/** The international avoirdupois pound, exactly. */
	public static final BigDecimal KG_PER_LB = new BigDecimal("0.45359237");

	private final String symbol;

	MassUnit(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return symbol;
	}

	public BigDecimal toKg(BigDecimal amount) {
		return this == KG ? amount : amount.multiply(KG_PER_LB);
	}

	/** Converts kilograms to this unit, rounded for display and entry. */
	public BigDecimal fromKg(BigDecimal kg, int scale) {
		BigDecimal value = this == KG ? kg : kg.divide(KG_PER_LB, scale + 4, RoundingMode.HALF_UP);
		return value.setScale(scale, RoundingMode.HALF_UP);
	}

}
