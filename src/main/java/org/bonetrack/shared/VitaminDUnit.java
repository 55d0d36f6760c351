package org.bonetrack.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Vitamin D is stored in micrograms and shown in IU or µg; 1 µg = 40 IU. */
public enum VitaminDUnit {

	IU("IU"), UG("µg");

	public static final BigDecimal IU_PER_UG = BigDecimal.valueOf(40);

	private final String symbol;

	VitaminDUnit(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return symbol;
	}

	public BigDecimal toMicrograms(BigDecimal amount) {
		return this == UG ? amount : amount.divide(IU_PER_UG, 4, RoundingMode.HALF_UP);
	}

	public BigDecimal fromMicrograms(BigDecimal micrograms) {
		return this == UG ? micrograms : micrograms.multiply(IU_PER_UG);
	}

}
