package org.bonetrack.nutrition.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.bonetrack.nutrition.Nutrient;
import org.jspecify.annotations.Nullable;

/** An amount of each tracked nutrient in its canonical unit; null means unknown or not given. */
public record NutrientAmounts(@Nullable BigDecimal calciumMg, @Nullable BigDecimal vitaminDUg,
		@Nullable BigDecimal vitaminKUg, @Nullable BigDecimal magnesiumMg, @Nullable BigDecimal epaDhaMg,
		@Nullable BigDecimal proteinG) {

	public static final NutrientAmounts NONE = new NutrientAmounts(null, null, null, null, null, null);

	public static NutrientAmounts of(Map<Nutrient, BigDecimal> amounts) {
		return new NutrientAmounts(amounts.get(Nutrient.CALCIUM), amounts.get(Nutrient.VITAMIN_D),
				amounts.get(Nutrient.VITAMIN_K), amounts.get(Nutrient.MAGNESIUM), amounts.get(Nutrient.EPA_DHA),
				amounts.get(Nutrient.PROTEIN));
	}

	public @Nullable BigDecimal get(Nutrient nutrient) {
		return switch (nutrient) {
			case CALCIUM -> calciumMg;
			case VITAMIN_D -> vitaminDUg;
			case VITAMIN_K -> vitaminKUg;
			case MAGNESIUM -> magnesiumMg;
			case EPA_DHA -> epaDhaMg;
			case PROTEIN -> proteinG;
		};
	}

	public Map<Nutrient, BigDecimal> asMap() {
		Map<Nutrient, BigDecimal> map = new EnumMap<>(Nutrient.class);
		for (Nutrient nutrient : Nutrient.values()) {
			BigDecimal amount = get(nutrient);
			if (amount != null) {
				map.put(nutrient, amount);
			}
		}
		return map;
	}

	public boolean isEmpty() {
		return asMap().isEmpty();
	}

	/** Each amount multiplied, e.g. per serving times servings; unknown stays unknown. */
	public NutrientAmounts times(BigDecimal factor) {
		return new NutrientAmounts(mul(calciumMg, factor), mul(vitaminDUg, factor), mul(vitaminKUg, factor),
				mul(magnesiumMg, factor), mul(epaDhaMg, factor), mul(proteinG, factor));
	}

	private static @Nullable BigDecimal mul(@Nullable BigDecimal amount, BigDecimal factor) {
		return amount == null ? null : Amounts.tidy(amount.multiply(factor));
	}

}
