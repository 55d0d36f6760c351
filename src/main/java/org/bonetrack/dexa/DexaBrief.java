package org.bonetrack.dexa;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A patient's latest scan in the few figures a care-team list shows and ranks by: its date, WHO
 * category, lowest T-score and whether any site lost at least its least significant change since
 * the previous comparable scan. {@link DexaSummary} has the rest (the changes since baseline).
 */
public record DexaBrief(LocalDate date, @Nullable WhoCategory whoCategory, @Nullable BigDecimal lowestTScore,
		boolean significantLossSincePrevious) {

	public static DexaBrief of(DexaSummary summary) {
		return new DexaBrief(summary.date(), summary.whoCategory(), summary.lowestTScore(),
				summary.significantLossSincePrevious());
	}

}
