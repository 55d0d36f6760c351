package org.bonetrack.dexa.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.bonetrack.dexa.BmdChange;
import org.bonetrack.dexa.LscSource;
import org.jspecify.annotations.Nullable;

/** How the DEXA pages write numbers: a real minus sign, and T-scores as reports print them. */
final class DexaText {

	private static final char MINUS = '\u2212';

	private DexaText() {
	}

	/** "0.950". */
	static String bmd(BigDecimal bmd) {
		return signed(bmd.setScale(3, RoundingMode.HALF_UP));
	}

	/** "−1.2", "−0.95": one decimal unless the report gave two. */
	static String score(@Nullable BigDecimal score) {
		if (score == null) {
			return "\u2014";
		}
		BigDecimal stripped = score.stripTrailingZeros();
		return signed(stripped.scale() < 1 ? score.setScale(1, RoundingMode.HALF_UP) : stripped);
	}

	/** "−0.050 g/cm² (−5.26 %, −4.86 %/yr)". */
	static String change(BmdChange change) {
		StringBuilder text = new StringBuilder(plus(change.changeGcm2().setScale(3, RoundingMode.HALF_UP)))
			.append(" g/cm\u00b2 (")
			.append(plus(change.changePercent()))
			.append(" %");
		if (change.percentPerYear() != null) {
			text.append(", ").append(plus(change.percentPerYear())).append(" %/yr");
		}
		return text.append(')').toString();
	}

	/** "LSC 0.030 g/cm² (facility)" or "LSC 0.050 g/cm² (5.3 % default)". */
	static String lsc(BmdChange change) {
		String gcm2 = "LSC " + change.lscGcm2().setScale(3, RoundingMode.HALF_UP).toPlainString() + " g/cm\u00b2";
		return change.lscSource() == LscSource.FACILITY ? gcm2 + " (facility)"
				: gcm2 + " (" + change.lscPercent().stripTrailingZeros().toPlainString() + " % default)";
	}

	private static String plus(BigDecimal value) {
		return value.signum() > 0 ? "+" + value.toPlainString() : signed(value);
	}

	private static String signed(BigDecimal value) {
		String plain = value.toPlainString();
		return plain.startsWith("-") ? MINUS + plain.substring(1) : plain;
	}

}
