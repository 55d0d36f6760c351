package org.bonetrack.scoring.rules;

/**
 * A day's nutrient totals (canonical units: mg, µg, g). Supplemental magnesium is kept apart
 * because its upper limit applies to supplements only. {@code logged} is false for a day with no
 * entries at all: it scores zero for every nutrient.
 */
public record NutritionDay(double calciumMg, double vitaminDUg, double vitaminKUg, double magnesiumMg,
		double supplementalMagnesiumMg, double epaDhaMg, double proteinG, boolean vitaminKSupplement,
		boolean logged) {

	public static final NutritionDay NOT_LOGGED = new NutritionDay(0, 0, 0, 0, 0, 0, 0, false, false);

	public static NutritionDay of(double calciumMg, double vitaminDUg, double vitaminKUg, double magnesiumMg,
			double supplementalMagnesiumMg, double epaDhaMg, double proteinG) {
		return new NutritionDay(calciumMg, vitaminDUg, vitaminKUg, magnesiumMg, supplementalMagnesiumMg, epaDhaMg,
				proteinG, false, true);
	}

	/** The amount of one of the six scored nutrients. */
	public double amount(Nutrient nutrient) {
		return switch (nutrient) {
			case CALCIUM -> calciumMg;
			case VITAMIN_D -> vitaminDUg;
			case VITAMIN_K -> vitaminKUg;
			case MAGNESIUM -> magnesiumMg;
			case EPA_DHA -> epaDhaMg;
			case PROTEIN -> proteinG;
		};
	}

}
