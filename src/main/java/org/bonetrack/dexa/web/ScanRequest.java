package org.bonetrack.dexa.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.bonetrack.dexa.DexaSite;
import org.bonetrack.dexa.Manufacturer;
import org.bonetrack.dexa.Side;
import org.bonetrack.dexa.internal.ScanCommand;
import org.bonetrack.dexa.internal.ScanCommand.SiteCommand;
import org.jspecify.annotations.Nullable;

/**
 * A scan sent to the JSON API. On PUT, {@code version} (from the last read) makes a change made
 * meanwhile answer 409 instead of being overwritten; without it the update is unconditional.
 * A scan read from the API can be sent back as it is: fields only the API writes are ignored, and
 * a T-score marked {@code tScoreComputed} is left out, so BoneTrack computes it again instead of
 * storing it as if the report had printed it.
 */
record ScanRequest(@Nullable LocalDate date, @Nullable String facility, @Nullable Manufacturer manufacturer,
		@Nullable String model, @Nullable List<SiteRequest> sites, @Nullable Long version) {

	ScanCommand toCommand() {
		return new ScanCommand(date, facility, manufacturer, model,
				sites == null ? null : sites.stream().map(site -> site == null ? null : site.toCommand()).toList());
	}

	record SiteRequest(@Nullable DexaSite site, @Nullable Side side, @Nullable String vertebrae,
			@Nullable BigDecimal bmd, @Nullable BigDecimal tScore, @Nullable Boolean tScoreComputed,
			@Nullable BigDecimal zScore, @Nullable BigDecimal lscGcm2) {

		SiteCommand toCommand() {
			return new SiteCommand(site, side, vertebrae, bmd, Boolean.TRUE.equals(tScoreComputed) ? null : tScore,
					zScore, lscGcm2);
		}

	}

}
