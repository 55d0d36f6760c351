package org.bonetrack.dexa.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.bonetrack.dexa.BmdChange;
import org.bonetrack.dexa.DexaScanView;
import org.bonetrack.dexa.DexaSite;
import org.bonetrack.dexa.DexaSiteView;
import org.bonetrack.dexa.Manufacturer;
import org.bonetrack.dexa.NotComparableReason;
import org.bonetrack.dexa.Side;
import org.bonetrack.dexa.WhoCategory;
import org.jspecify.annotations.Nullable;

/**
 * A scan as the JSON API shows it: what was entered, plus the WHO category and per site whether
 * the T-score was computed and the change since the previous scan and since baseline.
 * {@code version} is what a PUT sends back to avoid overwriting a newer change.
 */
record ScanResponse(long id, long version, LocalDate date, String facility, Manufacturer manufacturer,
		@Nullable String model, @Nullable WhoCategory whoCategory, List<SiteResponse> sites) {

	static ScanResponse of(DexaScanView scan) {
		return new ScanResponse(scan.id(), scan.version(), scan.date(), scan.facility(), scan.manufacturer(),
				scan.model(), scan.whoCategory(), scan.sites().stream().map(SiteResponse::of).toList());
	}

	record SiteResponse(DexaSite site, @Nullable Side side, @Nullable String vertebrae, BigDecimal bmd,
			@Nullable BigDecimal tScore, boolean tScoreComputed, @Nullable BigDecimal zScore,
			@Nullable BigDecimal lscGcm2, Analysis analysis) {

		static SiteResponse of(DexaSiteView site) {
			return new SiteResponse(site.site(), site.side(),
					site.vertebrae() == null ? null : site.vertebrae().toString(), site.bmd(), site.tScore(),
					site.tScoreComputed(), site.zScore(), site.lscGcm2(), new Analysis(
							Change.of(site.analysis().sincePrevious()), Change.of(site.analysis().sinceBaseline())));
		}

	}

	/** Each is null when there is nothing to compare with. */
	record Analysis(@Nullable Change sincePrevious, @Nullable Change sinceBaseline) {
	}

	/** The numbers are null when the two results are not comparable; {@code reason} says why. */
	record Change(@Nullable BigDecimal changeGcm2, @Nullable BigDecimal changePercent,
			@Nullable BigDecimal percentPerYear, boolean significant, boolean comparable,
			@Nullable NotComparableReason reason) {

		static @Nullable Change of(@Nullable BmdChange change) {
			return change == null ? null : new Change(change.changeGcm2(), change.changePercent(),
					change.percentPerYear(), change.significant(), change.comparable(), change.reason());
		}

	}

}
