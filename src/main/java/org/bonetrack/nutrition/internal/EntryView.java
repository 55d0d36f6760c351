package org.bonetrack.nutrition.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An entry as pages and the API show it, with its own amount of each nutrient (null: unknown,
 * e.g. the food has no value in the catalogue).
 */
public record EntryView(long id, long version, LocalDate date, EntryKind kind, String description,
		@Nullable Long foodId, @Nullable BigDecimal grams, @Nullable BigDecimal portions,
		@Nullable String portionDescription, @Nullable Long supplementId, @Nullable BigDecimal servings,
		@Nullable String serving, @Nullable String label, boolean supplemental, @Nullable String source,
		NutrientAmounts amounts) {

	public boolean editable() {
		return kind != EntryKind.IMPORTED;
	}

	/** How much, as the patient entered it: "244 g", "1.5 × 1 cup (366 g)", "2 capsules". */
	public String amountText() {
		return switch (kind) {
			case FOOD -> portions == null ? Amounts.tidy(grams).toPlainString() + " g"
					: Amounts.tidy(portions).toPlainString() + " × " + portionDescription + " ("
							+ Amounts.tidy(grams.setScale(0, java.math.RoundingMode.HALF_UP)).toPlainString() + " g)";
			case SUPPLEMENT -> Amounts.tidy(servings).toPlainString() + " " + plural(serving, servings);
			case MANUAL -> supplemental ? "entered by hand, from a supplement" : "entered by hand";
			case IMPORTED -> "imported from " + (source == null ? "a file" : capitalised(source));
		};
	}

	private static String plural(@Nullable String noun, BigDecimal count) {
		String word = noun == null ? "serving" : noun;
		return count.compareTo(BigDecimal.ONE) == 0 ? word : word + "s";
	}

	private static String capitalised(String text) {
		return text.charAt(0) + text.substring(1).toLowerCase(java.util.Locale.ROOT);
	}

}
