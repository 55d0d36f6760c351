package org.bonetrack.dexa;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One site's result as printed on the report: BMD in g/cm², T- and Z-score when printed, and
 * the facility's own least significant change for the site in g/cm² when the clinician knows it.
 */
public record SiteResult(DexaSite site, @Nullable Side side, @Nullable Vertebrae vertebrae, BigDecimal bmd,
		@Nullable BigDecimal tScore, @Nullable BigDecimal zScore, @Nullable BigDecimal lscGcm2) {

	public SiteKey key() {
		return new SiteKey(site, side);
	}

}
