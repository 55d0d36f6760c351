package org.bonetrack.nutrition.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.bonetrack.nutrition.Nutrient;

/**
 * Bounds that catch typing slips and absurd values. They are far above any sensible intake (the
 * vitamin D bound allows a 100,000 IU loading dose, the vitamin K bound the 45 mg MK-4 doses used
 * in Japan), so real entries, even excessive ones, are never refused.
 */
public final class NutritionLimits {

	public static final BigDecimal MAX_GRAMS = BigDecimal.valueOf(10_000);

	public static final BigDecimal MAX_PORTIONS = BigDecimal.valueOf(100);

	public static final BigDecimal MAX_SERVINGS = BigDecimal.valueOf(100);

	public static final int MAX_LABEL_LENGTH = 200;

	/** Dates before this are refused as typing slips. */
	public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);

	/** Largest amount of each nutrient one manual or imported entry may hold. */
	public static final Map<Nutrient, BigDecimal> MAX_PER_ENTRY = Map.of(Nutrient.CALCIUM, BigDecimal.valueOf(10_000),
			Nutrient.VITAMIN_D, BigDecimal.valueOf(2_500), Nutrient.VITAMIN_K, BigDecimal.valueOf(50_000),
			Nutrient.MAGNESIUM, BigDecimal.valueOf(5_000), Nutrient.EPA_DHA, BigDecimal.valueOf(20_000),
			Nutrient.PROTEIN, BigDecimal.valueOf(500));

	private NutritionLimits() {
	}

}
