package org.bonetrack.dexa;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * How a site's BMD changed from an earlier scan to a later one. When the two are not comparable
 * (see {@link #reason()}), no numbers are given: a difference between manufacturers or vertebral
 * sets is not a change in the patient's bone.
 *
 * @param from date of the earlier scan
 * @param to date of the later scan
 * @param changeGcm2 later minus earlier BMD, g/cm² (3 decimals)
 * @param changePercent the change in percent of the earlier BMD (2 decimals)
 * @param percentPerYear the percentage divided by the years between the scans (2 decimals); null
 * for scans on the same day
 * @param significant whether the change, up or down, is at least the least significant change
 * @param comparable whether the two results may be compared at all
 * @param reason why not, when not comparable
 * @param lscGcm2 the least significant change used, in g/cm² (for a default, the percentage of the
 * earlier BMD)
 * @param lscPercent the default percentage used, when no facility LSC was known
 * @param lscSource where the least significant change came from
 */
public record BmdChange(LocalDate from, LocalDate to, @Nullable BigDecimal changeGcm2,
		@Nullable BigDecimal changePercent, @Nullable BigDecimal percentPerYear, boolean significant,
		boolean comparable, @Nullable NotComparableReason reason, @Nullable BigDecimal lscGcm2,
		@Nullable BigDecimal lscPercent, @Nullable LscSource lscSource) {

	static BmdChange notComparable(LocalDate from, LocalDate to, NotComparableReason reason) {
		return new BmdChange(from, to, null, null, null, false, false, reason, null, null, null);
	}

	/** A fall in BMD of at least the least significant change. */
	public boolean significantLoss() {
		return significant && changeGcm2 != null && changeGcm2.signum() < 0;
	}

	/** A rise in BMD of at least the least significant change. */
	public boolean significantGain() {
		return significant && changeGcm2 != null && changeGcm2.signum() > 0;
	}

}
