package org.bonetrack.nutrition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One day's nutrition, summed from that day's entries. A total is null when no entry gave a known
 * amount of that nutrient; {@code unknownNutrients} names every nutrient for which some entry's
 * amount was unknown (a food without a value in the catalogue, an import without the column), so
 * a non-null total may still be an underestimate. {@code supplementalMagnesiumMg} is the part of
 * magnesium that came from supplements (its upper limit applies to supplements only), and
 * {@code vitaminKSupplement} says a supplement with vitamin K was logged.
 */
public record DailyNutrition(LocalDate date, int entryCount, @Nullable BigDecimal calciumMg,
		@Nullable BigDecimal vitaminDUg, @Nullable BigDecimal vitaminKUg, @Nullable BigDecimal magnesiumMg,
		BigDecimal supplementalMagnesiumMg, @Nullable BigDecimal epaDhaMg, @Nullable BigDecimal proteinG,
		Set<Nutrient> unknownNutrients, boolean vitaminKSupplement) {

	public DailyNutrition {
		unknownNutrients = Set.copyOf(unknownNutrients);
	}

	public @Nullable BigDecimal total(Nutrient nutrient) {
		return switch (nutrient) {
			case CALCIUM -> calciumMg;
			case VITAMIN_D -> vitaminDUg;
			case VITAMIN_K -> vitaminKUg;
			case MAGNESIUM -> magnesiumMg;
			case EPA_DHA -> epaDhaMg;
			case PROTEIN -> proteinG;
		};
	}

	/** Whether some entry's amount of the nutrient was unknown, so the total may be too low. */
	public boolean isIncomplete(Nutrient nutrient) {
		return unknownNutrients.contains(nutrient);
	}

}
