package org.bonetrack.dexa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A patient's latest scan in brief, for lists, dashboards and scoring.
 *
 * @param scanId the latest scan
 * @param date its date
 * @param whoCategory from its lowest T-score of spine, total hip and femoral neck; null when it has
 * none of them with a T-score
 * @param lowestTScore that T-score (printed or computed)
 * @param lowestTScoreSite where it was measured
 * @param significantLossSincePrevious whether any site fell by at least its least significant change
 * since the previous scan that measured it
 * @param sinceBaseline per site, the change since the baseline (only sites with a baseline to
 * compare with; comparable or not)
 */
public record DexaSummary(long scanId, LocalDate date, @Nullable WhoCategory whoCategory,
		@Nullable BigDecimal lowestTScore, @Nullable SiteKey lowestTScoreSite, boolean significantLossSincePrevious,
		Map<SiteKey, BmdChange> sinceBaseline) {

	public DexaSummary {
		// sorted by site, so lists and reports show spine, hips, neck, radius in that order
		sinceBaseline = Collections.unmodifiableSortedMap(new TreeMap<>(sinceBaseline));
	}

	/** Whether any site has fallen by at least its least significant change since the baseline. */
	public boolean significantLossSinceBaseline() {
		return sinceBaseline.values().stream().anyMatch(BmdChange::significantLoss);
	}

	static DexaSummary of(DexaScanView scan) {
		Map<SiteKey, BmdChange> sinceBaseline = new TreeMap<>();
		for (DexaSiteView site : scan.sites()) {
			if (site.analysis().sinceBaseline() != null) {
				sinceBaseline.put(site.key(), site.analysis().sinceBaseline());
			}
		}
		return new DexaSummary(scan.id(), scan.date(), scan.whoCategory(), scan.lowestTScore(), scan.lowestTScoreSite(),
				scan.significantLossSincePrevious(), sinceBaseline);
	}

}
