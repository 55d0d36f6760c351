package org.bonetrack.dexa.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.bonetrack.dexa.DexaSite;
import org.bonetrack.dexa.Manufacturer;
import org.bonetrack.dexa.Side;
import org.jspecify.annotations.Nullable;

/**
 * A scan as typed or sent, not yet checked. Field names are those of the form and of the JSON
 * API, so that {@link ScanValidator}'s problems name the field either way
 * ({@code sites[1].bmd}).
 */
public record ScanCommand(@Nullable LocalDate date, @Nullable String facility, @Nullable Manufacturer manufacturer,
		@Nullable String model, @Nullable List<SiteCommand> sites) {

	/** One site's result as typed or sent. */
	public record SiteCommand(@Nullable DexaSite site, @Nullable Side side, @Nullable String vertebrae,
			@Nullable BigDecimal bmd, @Nullable BigDecimal tScore, @Nullable BigDecimal zScore,
			@Nullable BigDecimal lscGcm2) {
	}

}
