package org.bonetrack.scoring.rules;

import org.bonetrack.guidance.ArticleSlugs;
import org.bonetrack.guidance.RuleParameter;
import org.jspecify.annotations.Nullable;

/**
 * The six scored nutrients: the rule parameter of each one's daily target, of its upper limit
 * (if it has one), and where a patient reads about it. Protein's target depends on body weight.
 */
public enum Nutrient {

	CALCIUM(Criterion.CALCIUM, RuleParameter.CALCIUM_TARGET_MG, RuleParameter.CALCIUM_UPPER_LIMIT_MG,
			Criterion.CALCIUM_UPPER_LIMIT, ArticleSlugs.CALCIUM),
	VITAMIN_D(Criterion.VITAMIN_D, RuleParameter.VITAMIN_D_TARGET_UG, RuleParameter.VITAMIN_D_UPPER_LIMIT_UG,
			Criterion.VITAMIN_D_UPPER_LIMIT, ArticleSlugs.VITAMIN_D),
	VITAMIN_K(Criterion.VITAMIN_K, RuleParameter.VITAMIN_K_TARGET_UG, null, null, ArticleSlugs.VITAMIN_K),
	MAGNESIUM(Criterion.MAGNESIUM, RuleParameter.MAGNESIUM_TARGET_MG,
			RuleParameter.SUPPLEMENTAL_MAGNESIUM_UPPER_LIMIT_MG, Criterion.SUPPLEMENTAL_MAGNESIUM_UPPER_LIMIT,
			ArticleSlugs.MAGNESIUM),
	EPA_DHA(Criterion.EPA_DHA, RuleParameter.EPA_DHA_TARGET_MG, null, null, ArticleSlugs.OMEGA_3),
	PROTEIN(Criterion.PROTEIN, RuleParameter.PROTEIN_TARGET_G_PER_KG, null, null, ArticleSlugs.PROTEIN);

	private final Criterion criterion;

	private final RuleParameter target;

	private final @Nullable RuleParameter upperLimit;

	private final @Nullable Criterion upperLimitCriterion;

	private final String guidance;

	Nutrient(Criterion criterion, RuleParameter target, @Nullable RuleParameter upperLimit,
			@Nullable Criterion upperLimitCriterion, String guidance) {
		this.criterion = criterion;
		this.target = target;
		this.upperLimit = upperLimit;
		this.upperLimitCriterion = upperLimitCriterion;
		this.guidance = guidance;
	}

	public Criterion criterion() {
		return criterion;
	}

	public RuleParameter target() {
		return target;
	}

	public @Nullable RuleParameter upperLimit() {
		return upperLimit;
	}

	public @Nullable Criterion upperLimitCriterion() {
		return upperLimitCriterion;
	}

	public String guidance() {
		return guidance;
	}

	/** The amount the upper limit applies to: supplemental magnesium only, the total for the others. */
	double limitedAmount(NutritionDay day) {
		return this == MAGNESIUM ? day.supplementalMagnesiumMg() : day.amount(this);
	}

	/** The message key stem of this nutrient's findings, e.g. {@code score.calcium}. */
	String messageStem() {
		return "score." + switch (this) {
			case CALCIUM -> "calcium";
			case VITAMIN_D -> "vitaminD";
			case VITAMIN_K -> "vitaminK";
			case MAGNESIUM -> "magnesium";
			case EPA_DHA -> "epaDha";
			case PROTEIN -> "protein";
		};
	}

}
