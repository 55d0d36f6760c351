package org.bonetrack.scoring.rules;

/**
 * The AIBL risk factors a care team records (Hadji et al. 2017); age, BMI and a low T-score are
 * derived from other data and passed separately.
 */
public record RiskFactors(boolean fragilityFracture, boolean parentalHipFracture, boolean oralCorticosteroids,
		boolean smoker) {

	public static final RiskFactors NONE = new RiskFactors(false, false, false, false);

}
