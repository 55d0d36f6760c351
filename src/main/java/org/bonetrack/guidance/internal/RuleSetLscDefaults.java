package org.bonetrack.guidance.internal;

import java.math.BigDecimal;

import org.bonetrack.dexa.LscDefaults;
import org.bonetrack.dexa.LscDefaultsSource;
import org.bonetrack.guidance.RuleParameter;
import org.bonetrack.guidance.RuleSet;

import org.springframework.stereotype.Component;

/**
 * DEXA's least significant change defaults come from the rule set in force, so an admin who
 * publishes other values (clinical-reference.md §5.3) changes how DEXA calls a loss. The rule set
 * has no radius parameter; as in {@link LscDefaults#ISCD_MINIMUM}, the radius uses the largest of
 * the three sites. The re-scan intervals are read from the rule set by the clinical flags
 * ({@code scoring.rules.ClinicalFlags}), which take the rule set as an argument.
 */
@Component
class RuleSetLscDefaults implements LscDefaultsSource {

	private final RuleSetService ruleSets;

	RuleSetLscDefaults(RuleSetService ruleSets) {
		this.ruleSets = ruleSets;
	}

	@Override
	public LscDefaults current() {
		RuleSet rules = ruleSets.current();
		BigDecimal spine = percent(rules, RuleParameter.LSC_LUMBAR_SPINE_PERCENT);
		BigDecimal hip = percent(rules, RuleParameter.LSC_TOTAL_HIP_PERCENT);
		BigDecimal neck = percent(rules, RuleParameter.LSC_FEMORAL_NECK_PERCENT);
		return new LscDefaults(spine, hip, neck, spine.max(hip).max(neck));
	}

	/** As written by people and by {@link LscDefaults#ISCD_MINIMUM}: 5.0, not 5.0000 as stored. */
	private static BigDecimal percent(RuleSet rules, RuleParameter parameter) {
		BigDecimal value = rules.exact(parameter).stripTrailingZeros();
		return value.scale() < 1 ? value.setScale(1) : value;
	}

}
