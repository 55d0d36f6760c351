package org.bonetrack.dexa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A scan with its analysis: each site's T-score (printed or computed) and change, and the WHO
 * category from the lowest T-score of lumbar spine, total hip and femoral neck.
 *
 * @param baseline whether this is the patient's baseline scan (the first on or after the
 * anastrozole start, else the first)
 */
public record DexaScanView(long id, long version, LocalDate date, String facility, Manufacturer manufacturer,
		@Nullable String model, boolean baseline, @Nullable WhoCategory whoCategory, @Nullable BigDecimal lowestTScore,
		@Nullable SiteKey lowestTScoreSite, List<DexaSiteView> sites) {

	public DexaScanView {
		sites = List.copyOf(sites);
	}

	public Optional<DexaSiteView> site(SiteKey key) {
		return sites.stream().filter(site -> site.key().equals(key)).findFirst();
	}

	/** Whether any site fell by at least its least significant change since the previous scan. */
	public boolean significantLossSincePrevious() {
		return sites.stream()
			.anyMatch(site -> site.analysis().sincePrevious() != null && site.analysis().sincePrevious().significantLoss());
	}

}
