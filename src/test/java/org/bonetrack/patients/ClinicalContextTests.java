package org.bonetrack.patients;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClinicalContextTests {

	@Test
	void riskFactorWordsListWhatWasRecordedInAFixedOrder() {
		ClinicalContext context = new ClinicalContext(true, true, true, false, false, false, true, "alendronate");

		assertThat(context.riskFactorWords()).containsExactly("fragility fracture", "smoking", "takes warfarin");
	}

	@Test
	void nothingRecordedGivesNoWords() {
		assertThat(ClinicalContext.NONE.riskFactorWords()).isEmpty();
	}

}
