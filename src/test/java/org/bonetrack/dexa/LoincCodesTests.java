package org.bonetrack.dexa;

import org.bonetrack.dexa.internal.DexaMeasure;
import org.bonetrack.dexa.internal.LoincCodes;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The LOINC codes match the table of clinical-reference.md §6.1, both ways. */
class LoincCodesTests {

	@ParameterizedTest(name = "{2} of {0} {1} is LOINC {3}")
	@CsvSource(nullValues = "-", value = {
			// site, side, measure, code (copied from the table, one row per cell)
			"LUMBAR_SPINE, -, BMD, 24966-4", "LUMBAR_SPINE, -, T_SCORE, 38267-1", "LUMBAR_SPINE, -, Z_SCORE, 85394-5",
			"TOTAL_HIP, -, BMD, 38261-4", "TOTAL_HIP, -, T_SCORE, 38264-8", "TOTAL_HIP, -, Z_SCORE, 80933-5",
			"TOTAL_HIP, LEFT, BMD, 46278-8", "TOTAL_HIP, LEFT, T_SCORE, 80946-7", "TOTAL_HIP, LEFT, Z_SCORE, 80938-4",
			"TOTAL_HIP, RIGHT, BMD, 46279-6", "TOTAL_HIP, RIGHT, T_SCORE, 80945-9", "TOTAL_HIP, RIGHT, Z_SCORE, 80937-6",
			"FEMORAL_NECK, -, BMD, 24701-5", "FEMORAL_NECK, -, T_SCORE, 38263-0", "FEMORAL_NECK, -, Z_SCORE, 80934-3",
			"FEMORAL_NECK, LEFT, BMD, 80954-1", "FEMORAL_NECK, LEFT, T_SCORE, 80948-3",
			"FEMORAL_NECK, LEFT, Z_SCORE, 80940-0", "FEMORAL_NECK, RIGHT, BMD, 80953-3",
			"FEMORAL_NECK, RIGHT, T_SCORE, 80947-5", "FEMORAL_NECK, RIGHT, Z_SCORE, 80939-2",
			"RADIUS_33, -, BMD, 24890-6", "RADIUS_33, -, T_SCORE, 38265-5", "RADIUS_33, -, Z_SCORE, 80932-7",
			"RADIUS_33, LEFT, BMD, 80952-5", "RADIUS_33, LEFT, T_SCORE, 80944-2", "RADIUS_33, LEFT, Z_SCORE, 80936-8",
			"RADIUS_33, RIGHT, BMD, 80951-7", "RADIUS_33, RIGHT, T_SCORE, 80943-4",
			"RADIUS_33, RIGHT, Z_SCORE, 80935-0" })
	void eachSiteSideAndMeasureHasTheCodeOfTheReferenceTable(DexaSite site, @Nullable Side side, DexaMeasure measure,
			String code) {
		SiteKey key = new SiteKey(site, side);

		assertThat(LoincCodes.of(key, measure).code()).isEqualTo(code);
		assertThat(LoincCodes.lookup(code)).hasValue(new LoincCodes.Key(key, measure));
	}

	@Test
	void theReportCodeIsTheDxaStudyReport() {
		assertThat(LoincCodes.DXA_REPORT).isEqualTo("38269-7");
	}

	@Test
	void codesOutsideTheTableAreUnknown() {
		assertThat(LoincCodes.lookup("104938-6")).isEmpty();
		assertThat(LoincCodes.lookup("2345-7")).isEmpty();
	}

	@Test
	void unitsAreUcum() {
		assertThat(DexaMeasure.BMD.ucum()).isEqualTo("g/cm2");
		assertThat(DexaMeasure.T_SCORE.ucum()).isEqualTo("{T-score}");
		assertThat(DexaMeasure.Z_SCORE.ucum()).isEqualTo("{Z-score}");
	}

}
