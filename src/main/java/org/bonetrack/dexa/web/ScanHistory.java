package org.bonetrack.dexa.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.bonetrack.dexa.BmdChange;
import org.bonetrack.dexa.DexaScanView;
import org.bonetrack.dexa.DexaSiteView;
import org.bonetrack.dexa.LscDefaults;
import org.bonetrack.dexa.SiteKey;
import org.jspecify.annotations.Nullable;

/**
 * What the DEXA page shows, already written out: the latest scan in brief, one series per site
 * (chart data and its table) and every scan, newest first. Built from the analysed scans.
 */
record ScanHistory(@Nullable Latest latest, List<Series> series, List<Scan> scans) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	static ScanHistory of(List<DexaScanView> views, LscDefaults defaults) {
		if (views.isEmpty()) {
			return new ScanHistory(null, List.of(), List.of());
		}
		List<Scan> scans = new ArrayList<>();
		for (int index = views.size() - 1; index >= 0; index--) {
			scans.add(Scan.of(views.get(index)));
		}
		return new ScanHistory(Latest.of(views.get(views.size() - 1)), series(views, defaults), scans);
	}

	private static List<Series> series(List<DexaScanView> views, LscDefaults defaults) {
		Map<SiteKey, List<Point>> points = new TreeMap<>();
		int baselineIndex = 0;
		for (int index = 0; index < views.size(); index++) {
			if (views.get(index).baseline()) {
				baselineIndex = index;
			}
		}
		Map<SiteKey, DexaSiteView> baselines = new LinkedHashMap<>();
		for (int index = 0; index < views.size(); index++) {
			DexaScanView scan = views.get(index);
			for (DexaSiteView site : scan.sites()) {
				points.computeIfAbsent(site.key(), key -> new ArrayList<>()).add(new Point(scan, site));
				if (index >= baselineIndex) {
					baselines.putIfAbsent(site.key(), site);
				}
			}
		}
		return points.entrySet()
			.stream()
			.map(entry -> Series.of(entry.getKey(), entry.getValue(), baselines.get(entry.getKey()), defaults))
			.toList();
	}

	private record Point(DexaScanView scan, DexaSiteView site) {
	}

	/** The latest scan in brief. */
	record Latest(LocalDate date, String facility, @Nullable String whoCategory, @Nullable String lowestTScore,
			boolean lowestComputed, List<String> significantLosses) {

		static Latest of(DexaScanView scan) {
			DexaSiteView lowest = scan.lowestTScoreSite() == null ? null : scan.site(scan.lowestTScoreSite()).orElse(null);
			List<String> losses = scan.sites()
				.stream()
				.filter(site -> site.analysis().sincePrevious() != null
						&& site.analysis().sincePrevious().significantLoss())
				.map(site -> site.label() + ": " + DexaText.change(site.analysis().sincePrevious()) + " since "
						+ site.analysis().sincePrevious().from())
				.toList();
			return new Latest(scan.date(), scan.facility(),
					scan.whoCategory() == null ? null : scan.whoCategory().label(),
					lowest == null ? null : DexaText.score(lowest.tScore()) + " at " + lowest.key().label().toLowerCase(Locale.ROOT),
					lowest != null && lowest.tScoreComputed(), losses);
		}

	}

	/**
	 * One site over time. The chart draws BMD against date with a band of the baseline ± the
	 * least significant change; the table lists the same values and each change.
	 */
	record Series(String id, String label, List<Row> rows, @Nullable String band, String dates, String bmds,
			String comparable, @Nullable String bandLow, @Nullable String bandHigh) {

		static Series of(SiteKey key, List<Point> points, @Nullable DexaSiteView baseline, LscDefaults defaults) {
			String id = "site-" + key.site().name().toLowerCase(Locale.ROOT).replace('_', '-')
					+ (key.side() == null ? "" : "-" + key.side().name().toLowerCase(Locale.ROOT));
			List<Row> rows = points.stream().map(point -> Row.of(point.scan(), point.site())).toList();
			String dates = points.stream().map(point -> point.scan().date().toString()).collect(Collectors.joining(","));
			String bmds = points.stream().map(point -> point.site().bmd().toPlainString()).collect(Collectors.joining(","));
			String comparable = points.stream()
				.map(point -> String.valueOf(point.site().analysis().sinceBaseline() == null
						|| point.site().analysis().sinceBaseline().comparable()))
				.collect(Collectors.joining(","));
			if (baseline == null) {
				return new Series(id, key.label(), rows, null, dates, bmds, comparable, null, null);
			}
			boolean facility = baseline.lscGcm2() != null;
			BigDecimal lsc = facility ? baseline.lscGcm2()
					: baseline.bmd().multiply(defaults.percentFor(key.site())).divide(HUNDRED, 3, RoundingMode.HALF_UP);
			String band = "Baseline " + DexaText.bmd(baseline.bmd()) + " g/cm\u00b2 \u00b1 LSC "
					+ lsc.toPlainString() + " g/cm\u00b2 ("
					+ (facility ? "facility" : defaults.percentFor(key.site()).stripTrailingZeros().toPlainString()
							+ " % default")
					+ ")";
			return new Series(id, key.label(), rows, band, dates, bmds, comparable,
					baseline.bmd().subtract(lsc).toPlainString(), baseline.bmd().add(lsc).toPlainString());
		}

	}

	/** A site's result in one scan, for the series table. */
	record Row(LocalDate date, String scanner, boolean baseline, @Nullable String vertebrae, String bmd, String tScore,
			boolean tScoreComputed, String zScore, @Nullable Change sincePrevious, @Nullable Change sinceBaseline) {

		static Row of(DexaScanView scan, DexaSiteView site) {
			return new Row(scan.date(), scannerOf(scan), scan.baseline(),
					site.vertebrae() == null ? null : site.vertebrae().toString(), DexaText.bmd(site.bmd()),
					DexaText.score(site.tScore()), site.tScoreComputed(), DexaText.score(site.zScore()),
					Change.of(site.analysis().sincePrevious()), Change.of(site.analysis().sinceBaseline()));
		}

	}

	/**
	 * A change written out: the numbers and the verdict in words (never colour alone), or why
	 * the results are not compared.
	 */
	record Change(boolean comparable, String text, @Nullable String lsc, String verdict, String tone) {

		static @Nullable Change of(@Nullable BmdChange change) {
			if (change == null) {
				return null;
			}
			if (!change.comparable()) {
				return new Change(false, "Not comparable", null, change.reason().label(), "secondary");
			}
			String verdict = change.significantLoss() ? "Significant loss"
					: change.significantGain() ? "Significant gain" : "Within the LSC";
			String tone = change.significantLoss() ? "danger" : change.significantGain() ? "success" : "neutral";
			return new Change(true, DexaText.change(change), DexaText.lsc(change), verdict, tone);
		}

	}

	/** A scan as recorded, with its WHO category. */
	record Scan(long id, long version, LocalDate date, String facility, String scanner, boolean baseline,
			@Nullable String whoCategory, @Nullable String lowestTScore, List<Site> sites) {

		static Scan of(DexaScanView scan) {
			return new Scan(scan.id(), scan.version(), scan.date(), scan.facility(), scannerOf(scan), scan.baseline(),
					scan.whoCategory() == null ? null : scan.whoCategory().label(),
					scan.lowestTScore() == null ? null
							: DexaText.score(scan.lowestTScore()) + " (" + scan.lowestTScoreSite().label() + ")",
					scan.sites().stream().map(Site::of).toList());
		}

	}

	/** One site of a recorded scan. */
	record Site(String label, String bmd, String tScore, boolean tScoreComputed, String zScore,
			@Nullable String lscGcm2) {

		static Site of(DexaSiteView site) {
			return new Site(site.label(), DexaText.bmd(site.bmd()), DexaText.score(site.tScore()),
					site.tScoreComputed(), DexaText.score(site.zScore()),
					site.lscGcm2() == null ? null : site.lscGcm2().toPlainString());
		}

	}

	private static String scannerOf(DexaScanView scan) {
		return scan.model() == null ? scan.manufacturer().label() : scan.manufacturer().label() + " " + scan.model();
	}

}
