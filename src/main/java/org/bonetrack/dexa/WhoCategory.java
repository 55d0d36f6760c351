package org.bonetrack.dexa;

import java.math.BigDecimal;

/**
 * The WHO categories for postmenopausal women and men from 50, by T-score (clinical-reference.md
 * §5.1): normal at −1.0 or above, osteoporosis at −2.5 or below, osteopenia in between.
 */
public enum WhoCategory {

	NORMAL("Normal"), OSTEOPENIA("Osteopenia (low bone mass)"), OSTEOPOROSIS("Osteoporosis");

	private static final BigDecimal NORMAL_FROM = new BigDecimal("-1.0");

	private static final BigDecimal OSTEOPOROSIS_AT_OR_BELOW = new BigDecimal("-2.5");

	private final String label;

	WhoCategory(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static WhoCategory of(BigDecimal tScore) {
		if (tScore.compareTo(NORMAL_FROM) >= 0) {
			return NORMAL;
		}
		return tScore.compareTo(OSTEOPOROSIS_AT_OR_BELOW) <= 0 ? OSTEOPOROSIS : OSTEOPENIA;
	}

}
