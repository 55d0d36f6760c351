package org.bonetrack.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitConversionTests {

	@Test
	void poundsConvertToKilogramsExactlyAndBack() {
		BigDecimal kg = MassUnit.LB.toKg(new BigDecimal("150"));

		assertThat(kg).isEqualByComparingTo("68.0388555");
		assertThat(MassUnit.LB.fromKg(kg, 1)).isEqualByComparingTo("150.0");
		assertThat(MassUnit.KG.fromKg(new BigDecimal("62.456"), 1)).isEqualByComparingTo("62.5");
	}

	@Test
	void vitaminDIsFortyInternationalUnitsPerMicrogram() {
		assertThat(VitaminDUnit.IU.toMicrograms(new BigDecimal("800"))).isEqualByComparingTo("20");
		assertThat(VitaminDUnit.IU.fromMicrograms(new BigDecimal("25"))).isEqualByComparingTo("1000");
		assertThat(VitaminDUnit.UG.toMicrograms(new BigDecimal("15"))).isEqualByComparingTo("15");
	}

}
