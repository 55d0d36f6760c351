package org.bonetrack.nutrition.internal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A food of the catalogue (USDA SR28) with its nutrients per 100 g (null: SR28 has no value) and
 * its household portion, if SR28 lists one. The id is the SR NDB number.
 */
public record Food(long id, String ndbNumber, String description, String foodGroup, NutrientAmounts per100g,
		@Nullable String portionDescription, @Nullable BigDecimal portionGrams) {

	public boolean hasPortion() {
		return portionGrams != null;
	}

	/** e.g. "1 cup (244 g)". */
	public @Nullable String portionLabel() {
		return portionGrams == null ? null : portionDescription + " (" + Amounts.tidy(portionGrams) + " g)";
	}

}
