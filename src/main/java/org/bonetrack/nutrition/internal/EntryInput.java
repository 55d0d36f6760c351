package org.bonetrack.nutrition.internal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** What a patient logs: a food, a supplement, or amounts typed in by hand. */
public sealed interface EntryInput {

	/** A catalogue food with either grams or a number of its household portions. */
	record FoodInput(@Nullable Long foodId, @Nullable BigDecimal grams, @Nullable BigDecimal portions)
			implements EntryInput {
	}

	/** A supplement preset and how many servings (tablets, capsules, scoops). */
	record SupplementInput(@Nullable Long supplementId, @Nullable BigDecimal servings) implements EntryInput {
	}

	/**
	 * Amounts typed in; an empty amount adds none of that nutrient. {@code fromSupplement} makes
	 * its magnesium count as supplemental and its vitamin K as a vitamin K supplement.
	 */
	record ManualInput(@Nullable String label, boolean fromSupplement, NutrientInput nutrients) implements EntryInput {
	}

	/** Amounts in their canonical units; vitamin D in either micrograms or IU, not both. */
	record NutrientInput(@Nullable BigDecimal calciumMg, @Nullable BigDecimal vitaminDUg,
			@Nullable BigDecimal vitaminDIu, @Nullable BigDecimal vitaminKUg, @Nullable BigDecimal magnesiumMg,
			@Nullable BigDecimal epaDhaMg, @Nullable BigDecimal proteinG) {

		public static final NutrientInput EMPTY = new NutrientInput(null, null, null, null, null, null, null);

	}

}
