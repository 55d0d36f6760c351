package org.bonetrack.guidance;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every number the weekly score and the clinical flags use, with rule set v1's value (DESIGN.md
 * §3, sources in clinical-reference.md) and the range an admin may choose from. Pure Java: the
 * rules engine reads rule sets through this enum.
 * <p>
 * The key is the name used in storage, in the admin form and in messages ({@code rule.<key>}).
 */
public enum RuleParameter {

	// Loading: resistance training (ROS 2018/BJSM 2022, ACSM 2004, Too Fit To Fracture 2014)
	RESISTANCE_TARGET_DAYS("resistanceTargetDays", Group.RESISTANCE, Kind.WHOLE, "2", "1", "7"),
	RESISTANCE_MIN_WORKING_SETS("resistanceMinWorkingSets", Group.RESISTANCE, Kind.WHOLE, "6", "1", "50"),
	RESISTANCE_MIN_RPE("resistanceMinRpe", Group.RESISTANCE, Kind.WHOLE, "7", "1", "10"),
	RESISTANCE_MAX_RIR("resistanceMaxRir", Group.RESISTANCE, Kind.WHOLE, "3", "0", "10"),
	RESISTANCE_MAX_REPS_WITHOUT_EFFORT("resistanceMaxRepsWithoutEffort", Group.RESISTANCE, Kind.WHOLE, "12", "1",
			"100"),

	// Loading: impact (ROS: about 50 moderate impacts on most days; peak forces from Weeks & Beck 2008)
	IMPACT_TARGET_DAYS("impactTargetDays", Group.IMPACT, Kind.WHOLE, "4", "1", "7"),
	IMPACT_MIN_IMPACTS("impactMinImpacts", Group.IMPACT, Kind.WHOLE, "50", "1", "2000"),
	IMPACT_MIN_PEAK_FORCE_BW("impactMinPeakForceBw", Group.IMPACT, Kind.DECIMAL, "2.0", "0.5", "10"),
	VEST_WALK_MIN_MINUTES("vestWalkMinMinutes", Group.IMPACT, Kind.WHOLE, "20", "1", "600"),
	VEST_WALK_DAY_CREDIT_PERCENT("vestWalkDayCreditPercent", Group.IMPACT, Kind.PERCENT, "50", "0", "100"),
	OSTEOGENIC_MERGE_HOURS("osteogenicMergeHours", Group.IMPACT, Kind.DECIMAL, "8", "0", "24"),

	// Loading: low-impact plan (ROS: no more than brisk walking after vertebral fracture or when frail)
	LOW_IMPACT_TARGET_DAYS("lowImpactTargetDays", Group.LOW_IMPACT, Kind.WHOLE, "4", "1", "7"),
	LOW_IMPACT_MIN_MINUTES("lowImpactMinMinutes", Group.LOW_IMPACT, Kind.WHOLE, "20", "1", "600"),

	// Loading score weights
	RESISTANCE_WEIGHT_PERCENT("resistanceWeightPercent", Group.WEIGHTS, Kind.PERCENT, "50", "0", "100"),
	IMPACT_WEIGHT_PERCENT("impactWeightPercent", Group.WEIGHTS, Kind.PERCENT, "50", "0", "100"),
	LOADING_WEIGHT_PERCENT("loadingWeightPercent", Group.WEIGHTS, Kind.PERCENT, "50", "0", "100"),
	NUTRITION_WEIGHT_PERCENT("nutritionWeightPercent", Group.WEIGHTS, Kind.PERCENT, "50", "0", "100"),

	// Nutrition targets (IOM 2011, ASCO 2019, EFSA/WHO, PROT-AGE 2013)
	CALCIUM_TARGET_MG("calciumTargetMg", Group.NUTRITION, Kind.DECIMAL, "1200", "1", "5000"),
	VITAMIN_D_TARGET_UG("vitaminDTargetUg", Group.NUTRITION, Kind.DECIMAL, "20", "1", "250"),
	VITAMIN_K_TARGET_UG("vitaminKTargetUg", Group.NUTRITION, Kind.DECIMAL, "90", "1", "1000"),
	MAGNESIUM_TARGET_MG("magnesiumTargetMg", Group.NUTRITION, Kind.DECIMAL, "320", "1", "1500"),
	EPA_DHA_TARGET_MG("epaDhaTargetMg", Group.NUTRITION, Kind.DECIMAL, "250", "1", "5000"),
	PROTEIN_TARGET_G_PER_KG("proteinTargetGPerKg", Group.NUTRITION, Kind.DECIMAL, "1.0", "0.1", "3"),
	PROTEIN_FALLBACK_TARGET_G("proteinFallbackTargetG", Group.NUTRITION, Kind.DECIMAL, "60", "1", "300"),

	// Upper limits (IOM 2011 for calcium and vitamin D; magnesium from supplements only)
	CALCIUM_UPPER_LIMIT_MG("calciumUpperLimitMg", Group.UPPER_LIMITS, Kind.DECIMAL, "2000", "1", "10000"),
	VITAMIN_D_UPPER_LIMIT_UG("vitaminDUpperLimitUg", Group.UPPER_LIMITS, Kind.DECIMAL, "100", "1", "1000"),
	SUPPLEMENTAL_MAGNESIUM_UPPER_LIMIT_MG("supplementalMagnesiumUpperLimitMg", Group.UPPER_LIMITS, Kind.DECIMAL,
			"350", "1", "5000"),

	// DEXA: ISCD minimum-precision least significant changes, re-scan intervals (ASCO 2019, Hadji 2017)
	LSC_LUMBAR_SPINE_PERCENT("lscLumbarSpinePercent", Group.DEXA, Kind.DECIMAL, "5.3", "0.1", "20"),
	LSC_TOTAL_HIP_PERCENT("lscTotalHipPercent", Group.DEXA, Kind.DECIMAL, "5.0", "0.1", "20"),
	LSC_FEMORAL_NECK_PERCENT("lscFemoralNeckPercent", Group.DEXA, Kind.DECIMAL, "6.9", "0.1", "20"),
	DEXA_INTERVAL_MONTHS("dexaIntervalMonths", Group.DEXA, Kind.WHOLE, "24", "1", "120"),
	DEXA_INTERVAL_AFTER_CONCERN_MONTHS("dexaIntervalAfterConcernMonths", Group.DEXA, Kind.WHOLE, "12", "1", "120"),

	// Clinical flags (Hadji 2017 AIBL joint position statement; DESIGN.md low adherence and safety)
	AIBL_T_SCORE_BELOW("aiblTScoreBelow", Group.FLAGS, Kind.DECIMAL, "-2.0", "-6", "6"),
	AIBL_RISK_T_SCORE_BELOW("aiblRiskTScoreBelow", Group.FLAGS, Kind.DECIMAL, "-1.5", "-6", "6"),
	AIBL_MIN_RISK_FACTORS("aiblMinRiskFactors", Group.FLAGS, Kind.WHOLE, "2", "1", "7"),
	AIBL_RISK_AGE_OVER("aiblRiskAgeOver", Group.FLAGS, Kind.WHOLE, "65", "18", "120"),
	AIBL_RISK_BMI_UNDER("aiblRiskBmiUnder", Group.FLAGS, Kind.DECIMAL, "20", "10", "40"),
	LOW_ADHERENCE_SCORE_BELOW("lowAdherenceScoreBelow", Group.FLAGS, Kind.WHOLE, "40", "0", "100"),
	LOW_ADHERENCE_WEEKS("lowAdherenceWeeks", Group.FLAGS, Kind.WHOLE, "4", "1", "52"),
	LOW_ADHERENCE_SILENT_DAYS("lowAdherenceSilentDays", Group.FLAGS, Kind.WHOLE, "14", "1", "365"),
	SAFETY_WARNING_WEEKS("safetyWarningWeeks", Group.FLAGS, Kind.WHOLE, "2", "1", "52");

	/** Where a parameter is shown on the admin page. */
	public enum Group {

		RESISTANCE, IMPACT, LOW_IMPACT, WEIGHTS, NUTRITION, UPPER_LIMITS, DEXA, FLAGS

	}

	/** What kind of number a parameter takes. */
	public enum Kind {

		/** A whole number (days, sets, impacts, months). */
		WHOLE,
		/** Any decimal within the range. */
		DECIMAL,
		/** A whole percentage 0–100. */
		PERCENT

	}

	private final String key;

	private final Group group;

	private final Kind kind;

	private final BigDecimal initial;

	private final BigDecimal min;

	private final BigDecimal max;

	RuleParameter(String key, Group group, Kind kind, String initial, String min, String max) {
		this.key = key;
		this.group = group;
		this.kind = kind;
		this.initial = new BigDecimal(initial);
		this.min = new BigDecimal(min);
		this.max = new BigDecimal(max);
	}

	public String key() {
		return key;
	}

	public Group group() {
		return group;
	}

	public Kind kind() {
		return kind;
	}

	/** The value of rule set v1. */
	public BigDecimal initialValue() {
		return initial;
	}

	public BigDecimal min() {
		return min;
	}

	public BigDecimal max() {
		return max;
	}

	public boolean whole() {
		return kind != Kind.DECIMAL;
	}

	public static Optional<RuleParameter> byKey(String key) {
		return Arrays.stream(values()).filter(parameter -> parameter.key.equals(key)).findFirst();
	}

}
