package org.bonetrack.dexa.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.bonetrack.dexa.BmdChange;
import org.bonetrack.dexa.DexaSite;
import org.bonetrack.dexa.DexaSummary;
import org.bonetrack.dexa.LscSource;
import org.bonetrack.dexa.NotComparableReason;
import org.bonetrack.dexa.Side;
import org.bonetrack.dexa.SiteKey;
import org.bonetrack.dexa.WhoCategory;
import org.bonetrack.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON form of a stored summary, written and read with the application's mapper. */
@IntegrationTest
class StoredDexaSummaryTests {

	@Autowired
	JsonMapper json;

	@Test
	void aSummaryComesBackEqualWithScalesNullsSidesAndNotComparableChanges() {
		LocalDate from = LocalDate.of(2023, 6, 20);
		LocalDate to = LocalDate.of(2025, 2, 15);
		DexaSummary summary = new DexaSummary(42, to, WhoCategory.OSTEOPENIA, new BigDecimal("-1.30"),
				new SiteKey(DexaSite.FEMORAL_NECK, Side.LEFT), true,
				Map.of(new SiteKey(DexaSite.LUMBAR_SPINE, null),
						new BmdChange(from, to, new BigDecimal("-0.070"), new BigDecimal("-7.37"), new BigDecimal("-4.40"),
								true, true, null, new BigDecimal("0.050"), new BigDecimal("5.3"), LscSource.DEFAULT),
						new SiteKey(DexaSite.TOTAL_HIP, Side.RIGHT),
						new BmdChange(from, to, null, null, null, false, false, NotComparableReason.MANUFACTURER_DIFFERS, null,
								null, null),
						new SiteKey(DexaSite.RADIUS_33, Side.LEFT), new BmdChange(to, to, new BigDecimal("0.000"),
								new BigDecimal("0.00"), null, false, true, null, new BigDecimal("0.020"), null,
								LscSource.FACILITY)));

		assertThat(roundTrip(summary)).isEqualTo(summary);
	}

	@Test
	void aSummaryWithoutCategoryOrChangesComesBackEqual() {
		DexaSummary summary = new DexaSummary(7, LocalDate.of(2024, 3, 1), null, null, null, false, Map.of());

		assertThat(roundTrip(summary)).isEqualTo(summary);
	}

	private DexaSummary roundTrip(DexaSummary summary) {
		String text = json.writeValueAsString(StoredDexaSummary.of(summary));
		return json.readValue(text, StoredDexaSummary.class).toSummary();
	}

}
