package org.bonetrack.guidance;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bonetrack.dexa.DexaResults;
import org.bonetrack.dexa.LscDefaults;
import org.bonetrack.guidance.internal.RuleSetService;
import org.bonetrack.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** DEXA takes its least significant change defaults from the published rule set. */
@IntegrationTest
class LscDefaultsFromRulesTests {

	@Autowired
	RuleSetService ruleSets;

	@Autowired
	DexaResults dexa;

	private void publish(String spine, String hip, String neck) {
		ruleSets.draft().ifPresent(draft -> ruleSets.discardDraft(draft.lockVersion()));
		long lock = ruleSets.startDraft(1, "Test admin").lockVersion();
		Map<String, String> values = new LinkedHashMap<>();
		for (RuleParameter parameter : RuleParameter.values()) {
			values.put(parameter.key(), parameter.initialValue().toPlainString());
		}
		values.put(RuleParameter.LSC_LUMBAR_SPINE_PERCENT.key(), spine);
		values.put(RuleParameter.LSC_TOTAL_HIP_PERCENT.key(), hip);
		values.put(RuleParameter.LSC_FEMORAL_NECK_PERCENT.key(), neck);
		ruleSets.publish(lock, values, 1, "Test admin");
	}

	@Test
	void aPublishedRuleSetChangesTheLscDexaUses() {
		try {
			publish("4.2", "4.8", "6.1");

			assertThat(dexa.lscDefaults()).usingRecursiveComparison()
				.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
				.isEqualTo(new LscDefaults(new BigDecimal("4.2"), new BigDecimal("4.8"),
					new BigDecimal("6.1"), new BigDecimal("6.1")));
		}
		finally {
			publish("5.3", "5.0", "6.9");
		}
		assertThat(dexa.lscDefaults()).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(LscDefaults.ISCD_MINIMUM);
	}

}
