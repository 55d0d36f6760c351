package org.bonetrack.dexa.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bonetrack.dexa.BmdChange;
import org.bonetrack.dexa.DexaSite;
import org.bonetrack.dexa.DexaSummary;
import org.bonetrack.dexa.LscSource;
import org.bonetrack.dexa.NotComparableReason;
import org.bonetrack.dexa.Side;
import org.bonetrack.dexa.SiteKey;
import org.bonetrack.dexa.WhoCategory;
import org.jspecify.annotations.Nullable;

/**
 * A {@link DexaSummary} as stored in JSON, so the public records need no Jackson annotations.
 * Numbers and dates are strings: a BigDecimal keeps its scale (0.90 is not equal to 0.9), which a
 * JSON number need not.
 */
record StoredDexaSummary(long scanId, String date, @Nullable WhoCategory whoCategory,
		@Nullable String lowestTScore, @Nullable StoredSite lowestTScoreSite, boolean significantLossSincePrevious,
		List<StoredChange> sinceBaseline) {

	static StoredDexaSummary of(DexaSummary summary) {
		return new StoredDexaSummary(summary.scanId(), summary.date().toString(), summary.whoCategory(),
				text(summary.lowestTScore()), StoredSite.of(summary.lowestTScoreSite()),
				summary.significantLossSincePrevious(),
				summary.sinceBaseline().entrySet().stream().map(StoredChange::of).toList());
	}

	DexaSummary toSummary() {
		Map<SiteKey, BmdChange> changes = new LinkedHashMap<>();
		for (StoredChange change : sinceBaseline) {
			changes.put(change.site().toKey(), change.toChange());
		}
		return new DexaSummary(scanId, LocalDate.parse(date), whoCategory, decimal(lowestTScore),
				lowestTScoreSite == null ? null : lowestTScoreSite.toKey(), significantLossSincePrevious, changes);
	}

	record StoredSite(DexaSite site, @Nullable Side side) {

		static @Nullable StoredSite of(@Nullable SiteKey key) {
			return key == null ? null : new StoredSite(key.site(), key.side());
		}

		SiteKey toKey() {
			return new SiteKey(site, side);
		}

	}

	record StoredChange(StoredSite site, String from, String to, @Nullable String changeGcm2,
			@Nullable String changePercent, @Nullable String percentPerYear, boolean significant, boolean comparable,
			@Nullable NotComparableReason reason, @Nullable String lscGcm2, @Nullable String lscPercent,
			@Nullable LscSource lscSource) {

		static StoredChange of(Map.Entry<SiteKey, BmdChange> entry) {
			BmdChange change = entry.getValue();
			return new StoredChange(StoredSite.of(entry.getKey()), change.from().toString(), change.to().toString(),
					text(change.changeGcm2()), text(change.changePercent()), text(change.percentPerYear()),
					change.significant(), change.comparable(), change.reason(), text(change.lscGcm2()),
					text(change.lscPercent()), change.lscSource());
		}

		BmdChange toChange() {
			return new BmdChange(LocalDate.parse(from), LocalDate.parse(to), decimal(changeGcm2), decimal(changePercent),
					decimal(percentPerYear), significant, comparable, reason, decimal(lscGcm2), decimal(lscPercent),
					lscSource);
		}

	}

	private static @Nullable String text(@Nullable BigDecimal value) {
		return value == null ? null : value.toString();
	}

	private static @Nullable BigDecimal decimal(@Nullable String text) {
		return text == null ? null : new BigDecimal(text);
	}

}
