package org.bonetrack.nutrition.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.bonetrack.nutrition.internal.EntryInput.NutrientInput;
import org.bonetrack.shared.InvalidInputException.FieldProblem;
import org.bonetrack.shared.VitaminDUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Vitamin D typed in IU is stored in micrograms and reads back as the same IU. */
class VitaminDConversionProperties {

	@Property
	void iuTypedInComeBackUnchanged(@ForAll @BigRange(min = "0", max = "100000") @Scale(1) BigDecimal iu) {
		List<FieldProblem> problems = new ArrayList<>();

		NutrientAmounts stored = NutritionEntries.amounts(new NutrientInput(null, null, iu, null, null, null, null),
				problems);

		assertThat(problems).isEmpty();
		assertThat(stored.vitaminDUg().multiply(BigDecimal.valueOf(40))).isEqualByComparingTo(iu);
		assertThat(VitaminDUnit.IU.fromMicrograms(stored.vitaminDUg())).isEqualByComparingTo(iu);
	}

	@Property
	void microgramsTypedInAreStoredAsTheyAre(@ForAll @BigRange(min = "0", max = "2500") @Scale(3) BigDecimal ug) {
		List<FieldProblem> problems = new ArrayList<>();

		NutrientAmounts stored = NutritionEntries.amounts(new NutrientInput(null, ug, null, null, null, null, null),
				problems);

		assertThat(stored.vitaminDUg()).isEqualByComparingTo(ug);
		assertThat(VitaminDUnit.UG.fromMicrograms(stored.vitaminDUg())).isEqualByComparingTo(ug);
	}

	@Property
	void amountsAboveTheLimitAreRefusedInTheUnitTheyWereTypedIn(
			@ForAll @BigRange(min = "100000.1", max = "10000000") @Scale(1) BigDecimal iu) {
		List<FieldProblem> problems = new ArrayList<>();

		NutrientAmounts stored = NutritionEntries.amounts(new NutrientInput(null, null, iu, null, null, null, null),
				problems);

		assertThat(stored.vitaminDUg()).isNull();
		assertThat(problems).singleElement().satisfies(problem -> {
			assertThat(problem.field()).isEqualTo("vitaminDIu");
			assertThat(problem.args()).containsExactly(new BigDecimal("100000"), "IU");
		});
	}

}
