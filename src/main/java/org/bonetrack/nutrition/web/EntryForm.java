package org.bonetrack.nutrition.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.bonetrack.nutrition.internal.EntryInput;
import org.bonetrack.nutrition.internal.EntryInput.NutrientInput;
import org.bonetrack.nutrition.internal.EntryKind;
import org.bonetrack.nutrition.internal.EntryView;
import org.bonetrack.shared.VitaminDUnit;
import org.jspecify.annotations.Nullable;

/**
 * The page forms of a nutrition entry: a food ({@code foodId}, {@code amount} in grams or
 * household portions as {@code unit} says), a supplement ({@code supplementId},
 * {@code servings}) or amounts typed in, vitamin D in the patient's unit. {@code q} keeps the
 * food search of the day page.
 */
record EntryForm(@Nullable LocalDate date, @Nullable Long version, @Nullable Long foodId, @Nullable BigDecimal amount,
		@Nullable String unit, @Nullable Long supplementId, @Nullable BigDecimal servings, @Nullable String label,
		@Nullable Boolean fromSupplement, @Nullable BigDecimal calciumMg, @Nullable BigDecimal vitaminDUg,
		@Nullable BigDecimal vitaminDIu, @Nullable BigDecimal vitaminKUg, @Nullable BigDecimal magnesiumMg,
		@Nullable BigDecimal epaDhaMg, @Nullable BigDecimal proteinG, @Nullable String q) {

	static final String GRAMS = "g";

	static final String PORTION = "portion";

	static EntryForm empty(LocalDate date) {
		return new EntryForm(date, null, null, null, GRAMS, null, BigDecimal.ONE, null, false, null, null, null, null,
				null, null, null, null);
	}

	static EntryForm of(EntryView entry, VitaminDUnit vitaminDUnit) {
		BigDecimal vitaminD = entry.kind() == EntryKind.MANUAL ? entry.amounts().vitaminDUg() : null;
		boolean portions = entry.portions() != null;
		return new EntryForm(entry.date(), entry.version(), entry.foodId(),
				NutrientFormat.plain(portions ? entry.portions() : entry.grams()), portions ? PORTION : GRAMS,
				entry.supplementId(), NutrientFormat.plain(entry.servings()), entry.label(), entry.supplemental(),
				manual(entry, entry.amounts().calciumMg()),
				vitaminDUnit == VitaminDUnit.UG ? NutrientFormat.plain(vitaminD) : null,
				vitaminDUnit == VitaminDUnit.IU && vitaminD != null ? NutrientFormat.plain(VitaminDUnit.IU.fromMicrograms(vitaminD)) : null,
				manual(entry, entry.amounts().vitaminKUg()), manual(entry, entry.amounts().magnesiumMg()),
				manual(entry, entry.amounts().epaDhaMg()), manual(entry, entry.amounts().proteinG()), null);
	}

	private static @Nullable BigDecimal manual(EntryView entry, @Nullable BigDecimal amount) {
		// a manual entry's empty field reads back as 0 from the amounts view: show it empty again
		return entry.kind() == EntryKind.MANUAL && amount != null && amount.signum() != 0 ? NutrientFormat.plain(amount)
				: null;
	}

	EntryInput.FoodInput food() {
		boolean portions = PORTION.equals(unit);
		return new EntryInput.FoodInput(foodId, portions ? null : amount, portions ? amount : null);
	}

	EntryInput.SupplementInput supplement() {
		return new EntryInput.SupplementInput(supplementId, servings);
	}

	EntryInput.ManualInput manual() {
		return new EntryInput.ManualInput(label, Boolean.TRUE.equals(fromSupplement),
				new NutrientInput(calciumMg, vitaminDUg, vitaminDIu, vitaminKUg, magnesiumMg, epaDhaMg, proteinG));
	}

	/** The input for an existing entry of this kind; a food entry keeps its food (the page changes the amount). */
	EntryInput input(EntryView entry) {
		return switch (entry.kind()) {
			case FOOD -> new EntryForm(date, version, entry.foodId(), amount, unit, supplementId, servings, label,
					fromSupplement, calciumMg, vitaminDUg, vitaminDIu, vitaminKUg, magnesiumMg, epaDhaMg, proteinG, q).food();
			case SUPPLEMENT -> supplement();
			case MANUAL, IMPORTED -> manual();
		};
	}

}
