package org.bonetrack.nutrition.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.bonetrack.nutrition.Nutrient;
import org.jspecify.annotations.Nullable;

/**
 * The daily targets and upper limits BoneTrack shows beside a day's totals (DESIGN.md §3,
 * clinical-reference.md §3.1): IOM/NAM dietary reference intakes for women over 50, EPA+DHA
 * 250 mg (USDA, EFSA, WHO) and protein 1.0 g per kg of the latest body weight (PROT-AGE 2013,
 * ESPEN 2014), or 60 g when no weight is recorded. For display only: the weekly score applies the
 * rule set's own parameters.
 */
public record DailyTargets(BigDecimal calciumMg, BigDecimal vitaminDUg, BigDecimal vitaminKUg, BigDecimal magnesiumMg,
		BigDecimal epaDhaMg, BigDecimal proteinG, @Nullable BigDecimal weightKg) {

	public static final BigDecimal PROTEIN_G_PER_KG = new BigDecimal("1.0");

	public static final BigDecimal PROTEIN_WITHOUT_WEIGHT_G = BigDecimal.valueOf(60);

	/** Upper limit of total calcium, adults over 50 (IOM 2011). */
	public static final BigDecimal CALCIUM_UPPER_LIMIT_MG = BigDecimal.valueOf(2000);

	/** Upper limit of total vitamin D, 4000 IU (IOM 2011). */
	public static final BigDecimal VITAMIN_D_UPPER_LIMIT_UG = BigDecimal.valueOf(100);

	/** Upper limit of magnesium from supplements and medicines; food does not count (IOM 1997). */
	public static final BigDecimal SUPPLEMENTAL_MAGNESIUM_UPPER_LIMIT_MG = BigDecimal.valueOf(350);

	public static DailyTargets forWeight(@Nullable BigDecimal weightKg) {
		BigDecimal protein = weightKg == null ? PROTEIN_WITHOUT_WEIGHT_G
				: weightKg.multiply(PROTEIN_G_PER_KG).setScale(0, RoundingMode.HALF_UP);
		return new DailyTargets(BigDecimal.valueOf(1200), BigDecimal.valueOf(20), BigDecimal.valueOf(90),
				BigDecimal.valueOf(320), BigDecimal.valueOf(250), protein, weightKg);
	}

	public BigDecimal target(Nutrient nutrient) {
		return switch (nutrient) {
			case CALCIUM -> calciumMg;
			case VITAMIN_D -> vitaminDUg;
			case VITAMIN_K -> vitaminKUg;
			case MAGNESIUM -> magnesiumMg;
			case EPA_DHA -> epaDhaMg;
			case PROTEIN -> proteinG;
		};
	}

	public boolean proteinFromWeight() {
		return weightKg != null;
	}

}
