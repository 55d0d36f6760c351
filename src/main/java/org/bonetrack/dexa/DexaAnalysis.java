package org.bonetrack.dexa;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The clinical reading of a patient's scans, as a pure function of the scans, the anastrozole
 * start and the LSC defaults: per site the change since the previous scan and since the
 * baseline, its significance against the least significant change, computed T-scores, and the
 * WHO category. No Spring, no database: other modules (and the scoring rules) may run it with
 * their own {@link LscDefaults}.
 *
 * <p>
 * Rules (clinical-reference.md §5):
 * <ul>
 * <li>Baseline: the first scan on or after the anastrozole start, else the first scan. A site's
 * baseline result is its first result from the baseline scan on.</li>
 * <li>Previous: the latest earlier scan that measured the same site and side.</li>
 * <li>Comparable only with the same manufacturer and, for the spine, the same vertebrae.</li>
 * <li>Significant when |change| ≥ LSC: the facility LSC in g/cm² entered with the later scan (else
 * with the earlier one), otherwise the site's default percentage of the earlier BMD.</li>
 * <li>Per year: the percentage divided by the years between the scans, see
 * {@link #yearsBetween}.</li>
 * <li>Missing Hologic total-hip and femoral-neck T-scores are computed from the NHANES III
 * young-adult reference and marked as computed.</li>
 * <li>WHO category from the lowest T-score of lumbar spine, total hip and femoral neck.</li>
 * </ul>
 */
public final class DexaAnalysis {

	/** NHANES III white women 20–29, Hologic scale (Looker 1998; clinical-reference.md §5.4). */
	static final BigDecimal NHANES_FEMORAL_NECK_MEAN = new BigDecimal("0.858");

	static final BigDecimal NHANES_FEMORAL_NECK_SD = new BigDecimal("0.120");

	static final BigDecimal NHANES_TOTAL_HIP_MEAN = new BigDecimal("0.942");

	static final BigDecimal NHANES_TOTAL_HIP_SD = new BigDecimal("0.122");

	/** The mean length of a year in days: leap years included. */
	static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365.25");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	private static final Comparator<DexaScan> CHRONOLOGICAL = Comparator.comparing(DexaScan::date)
		.thenComparingLong(DexaScan::id);

	private static final Comparator<SiteResult> BY_SITE = Comparator.comparing(SiteResult::site)
		.thenComparing(SiteResult::side, Comparator.nullsFirst(Comparator.naturalOrder()));

	private final LscDefaults lscDefaults;

	public DexaAnalysis(LscDefaults lscDefaults) {
		this.lscDefaults = lscDefaults;
	}

	public LscDefaults lscDefaults() {
		return lscDefaults;
	}

	/** Every scan with its analysis, oldest first. */
	public List<DexaScanView> analyse(List<DexaScan> scans, @Nullable LocalDate anastrozoleStart) {
		List<DexaScan> ordered = chronological(scans);
		int baselineIndex = baselineIndex(ordered, anastrozoleStart);
		Map<SiteKey, Measured> previousBySite = new HashMap<>();
		Map<SiteKey, Measured> baselineBySite = new HashMap<>();
		List<DexaScanView> views = new ArrayList<>(ordered.size());
		for (int index = 0; index < ordered.size(); index++) {
			DexaScan scan = ordered.get(index);
			List<SiteResult> results = bySite(scan.sites());
			List<DexaSiteView> sites = new ArrayList<>(results.size());
			Map<LocalDate, BigDecimal> yearsSince = new HashMap<>(4);
			for (SiteResult result : results) {
				SiteKey key = result.key();
				Measured current = new Measured(scan, result);
				Measured previous = previousBySite.put(key, current);
				Measured baseline = index >= baselineIndex ? baselineBySite.putIfAbsent(key, current) : null;
				BmdChange sinceBaseline = baseline == null ? null : change(baseline, current, yearsSince);
				BmdChange sincePrevious = previous == null ? null
						: previous == baseline ? sinceBaseline : change(previous, current, yearsSince);
				sites.add(view(scan, result, new SiteAnalysis(sincePrevious, sinceBaseline)));
			}
			views.add(view(scan, index == baselineIndex, sites));
		}
		return List.copyOf(views);
	}

	/**
	 * The latest scan in brief, if there is any scan: what {@link DexaSummary#of} says of the
	 * latest view of {@link #analyse}, without building the views: the earlier scans only pass on
	 * their results, and the changes are worked out for the latest scan alone.
	 */
	public @Nullable DexaSummary latest(List<DexaScan> scans, @Nullable LocalDate anastrozoleStart) {
		if (scans.isEmpty()) {
			return null;
		}
		List<DexaScan> ordered = chronological(scans);
		int baselineIndex = baselineIndex(ordered, anastrozoleStart);
		int last = ordered.size() - 1;
		Map<SiteKey, Measured> previousBySite = new HashMap<>();
		Map<SiteKey, Measured> baselineBySite = new HashMap<>();
		for (int index = 0; index < last; index++) {
			DexaScan scan = ordered.get(index);
			for (SiteResult result : scan.sites()) {
				SiteKey key = result.key();
				Measured measured = new Measured(scan, result);
				previousBySite.put(key, measured);
				if (index >= baselineIndex) {
					baselineBySite.putIfAbsent(key, measured);
				}
			}
		}
		DexaScan scan = ordered.get(last);
		boolean isBaseline = last >= baselineIndex;
		Map<SiteKey, BmdChange> sinceBaseline = new TreeMap<>();
		Map<LocalDate, BigDecimal> yearsSince = new HashMap<>(4);
		boolean lossSincePrevious = false;
		BigDecimal lowestTScore = null;
		SiteKey lowestSite = null;
		// in site order, as the view lists them: the first of equal T-scores is the lowest
		for (SiteResult result : bySite(scan.sites())) {
			SiteKey key = result.key();
			Measured current = new Measured(scan, result);
			Measured previous = previousBySite.put(key, current);
			Measured baseline = isBaseline ? baselineBySite.putIfAbsent(key, current) : null;
			BmdChange fromBaseline = null;
			if (baseline != null) {
				fromBaseline = change(baseline, current, yearsSince);
				sinceBaseline.put(key, fromBaseline);
			}
			if (previous != null && !lossSincePrevious) {
				lossSincePrevious = (previous == baseline ? fromBaseline : change(previous, current, yearsSince)).significantLoss();
			}
			BigDecimal tScore = result.site().diagnostic() ? tScore(scan, result) : null;
			if (tScore != null && (lowestTScore == null || tScore.compareTo(lowestTScore) < 0)) {
				lowestTScore = tScore;
				lowestSite = key;
			}
		}
		return new DexaSummary(scan.id(), scan.date(), lowestTScore == null ? null : WhoCategory.of(lowestTScore),
				lowestTScore, lowestSite, lossSincePrevious, sinceBaseline);
	}

	/**
	 * The change from an earlier result of a site to a later one. Both must be of the same site
	 * and side.
	 */
	public BmdChange change(LocalDate fromDate, Manufacturer fromManufacturer, SiteResult from, LocalDate toDate,
			Manufacturer toManufacturer, SiteResult to) {
		if (!from.key().equals(to.key())) {
			throw new IllegalArgumentException("Cannot compare " + from.key() + " with " + to.key());
		}
		NotComparableReason notComparable = notComparable(fromManufacturer, from, toManufacturer, to);
		if (notComparable != null) {
			return BmdChange.notComparable(fromDate, toDate, notComparable);
		}
		return comparableChange(fromDate, from, toDate, to, yearsBetween(fromDate, toDate));
	}

	/** The change between two comparable results, with the years between their dates worked out. */
	private BmdChange comparableChange(LocalDate fromDate, SiteResult from, LocalDate toDate, SiteResult to,
			BigDecimal years) {
		BigDecimal change = to.bmd().subtract(from.bmd());
		BigDecimal percent = percent(change, from);
		BigDecimal perYear = years.signum() > 0 ? percent.divide(years, PRECISION) : null;

		BigDecimal facilityLsc = facilityLsc(from, to);
		boolean significant;
		BigDecimal lscGcm2;
		BigDecimal lscPercent = null;
		if (facilityLsc != null) {
			significant = change.abs().compareTo(facilityLsc) >= 0;
			lscGcm2 = facilityLsc;
		}
		else {
			lscPercent = lscDefaults.percentFor(from.site());
			significant = percent.abs().compareTo(lscPercent) >= 0;
			lscGcm2 = from.bmd().multiply(lscPercent).divide(HUNDRED, 3, RoundingMode.HALF_UP);
		}
		return new BmdChange(fromDate, toDate, change.setScale(3, RoundingMode.HALF_UP),
				percent.setScale(2, RoundingMode.HALF_UP),
				perYear == null ? null : perYear.setScale(2, RoundingMode.HALF_UP), significant, true, null, lscGcm2,
				lscPercent, facilityLsc != null ? LscSource.FACILITY : LscSource.DEFAULT);
	}

	/**
	 * The years between two dates, as used to annualise a change: the days between them divided
	 * by 365.25, where every whole calendar month counts at its mean length (365.25 / 12 days)
	 * and only the days left over count one by one. So 13 calendar months are 13/12 years
	 * whichever months they span (a plain day count would make them 393 to 397 days), which is
	 * how a clinician reading two report dates counts; intervals shorter than a month are plain
	 * days / 365.25.
	 */
	public static BigDecimal yearsBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException(to + " is before " + from);
		}
		Period period = Period.between(from, to);
		BigDecimal months = BigDecimal.valueOf(period.toTotalMonths()).divide(MONTHS_PER_YEAR, PRECISION);
		BigDecimal days = BigDecimal.valueOf(period.getDays()).divide(DAYS_PER_YEAR, PRECISION);
		return months.add(days);
	}

	/**
	 * The T-score BoneTrack computes when a Hologic report gives none for the total hip or the
	 * femoral neck: (BMD − mean) / SD of the NHANES III young-adult reference, 2 decimals. Null
	 * for other sites and manufacturers (GE Lunar and Norland BMD would first need conversion
	 * to the Hologic scale; spine T-scores come from each manufacturer's own database).
	 */
	public static @Nullable BigDecimal computedTScore(Manufacturer manufacturer, DexaSite site, BigDecimal bmd) {
		if (manufacturer != Manufacturer.HOLOGIC) {
			return null;
		}
		return switch (site) {
			case FEMORAL_NECK -> bmd.subtract(NHANES_FEMORAL_NECK_MEAN).divide(NHANES_FEMORAL_NECK_SD, 2, RoundingMode.HALF_UP);
			case TOTAL_HIP -> bmd.subtract(NHANES_TOTAL_HIP_MEAN).divide(NHANES_TOTAL_HIP_SD, 2, RoundingMode.HALF_UP);
			default -> null;
		};
	}

	/**
	 * The change from an earlier measurement to a later one; {@code yearsSince} keeps the years
	 * from each earlier date to the later one, which all sites compared with one scan share.
	 */
	private BmdChange change(Measured from, Measured to, Map<LocalDate, BigDecimal> yearsSince) {
		LocalDate fromDate = from.scan().date();
		LocalDate toDate = to.scan().date();
		NotComparableReason notComparable = notComparable(from.scan().manufacturer(), from.result(),
				to.scan().manufacturer(), to.result());
		if (notComparable != null) {
			return BmdChange.notComparable(fromDate, toDate, notComparable);
		}
		BigDecimal years = yearsSince.get(fromDate);
		if (years == null) {
			years = yearsBetween(fromDate, toDate);
			yearsSince.put(fromDate, years);
		}
		return comparableChange(fromDate, from.result(), toDate, to.result(), years);
	}

	private static @Nullable NotComparableReason notComparable(Manufacturer fromManufacturer, SiteResult from,
			Manufacturer toManufacturer, SiteResult to) {
		if (fromManufacturer != toManufacturer) {
			return NotComparableReason.MANUFACTURER_DIFFERS;
		}
		if (from.site() == DexaSite.LUMBAR_SPINE && !Objects.equals(from.vertebrae(), to.vertebrae())) {
			return NotComparableReason.VERTEBRAE_DIFFER;
		}
		return null;
	}

	/** The change in percent of the earlier BMD, unrounded. */
	private static BigDecimal percent(BigDecimal change, SiteResult from) {
		return change.multiply(HUNDRED).divide(from.bmd(), PRECISION);
	}

	/** The facility's LSC entered with the later result, else with the earlier one. */
	private static @Nullable BigDecimal facilityLsc(SiteResult from, SiteResult to) {
		return to.lscGcm2() != null ? to.lscGcm2() : from.lscGcm2();
	}

	/** The scans oldest first (by date, then id); as they are when they come in that order already. */
	private static List<DexaScan> chronological(List<DexaScan> scans) {
		for (int index = 1; index < scans.size(); index++) {
			if (CHRONOLOGICAL.compare(scans.get(index - 1), scans.get(index)) > 0) {
				return scans.stream().sorted(CHRONOLOGICAL).toList();
			}
		}
		return scans;
	}

	/**
	 * A scan's results in site order (a stable sort: a site's own results keep their order); as they
	 * are when they come in that order already.
	 */
	private static List<SiteResult> bySite(List<SiteResult> results) {
		for (int index = 1; index < results.size(); index++) {
			if (BY_SITE.compare(results.get(index - 1), results.get(index)) > 0) {
				return results.stream().sorted(BY_SITE).toList();
			}
		}
		return results;
	}

	private static int baselineIndex(List<DexaScan> ordered, @Nullable LocalDate anastrozoleStart) {
		if (anastrozoleStart != null) {
			for (int index = 0; index < ordered.size(); index++) {
				if (!ordered.get(index).date().isBefore(anastrozoleStart)) {
					return index;
				}
			}
		}
		return 0;
	}

	private static DexaSiteView view(DexaScan scan, SiteResult result, SiteAnalysis analysis) {
		BigDecimal tScore = tScore(scan, result);
		return new DexaSiteView(result.site(), result.side(), result.vertebrae(), result.bmd(), tScore,
				result.tScore() == null && tScore != null, result.zScore(), result.lscGcm2(), analysis);
	}

	/** The printed T-score, else the computed one (Hologic hip sites), else null. */
	private static @Nullable BigDecimal tScore(DexaScan scan, SiteResult result) {
		return result.tScore() != null ? result.tScore()
				: computedTScore(scan.manufacturer(), result.site(), result.bmd());
	}

	private static DexaScanView view(DexaScan scan, boolean baseline, List<DexaSiteView> sites) {
		DexaSiteView lowest = sites.stream()
			.filter(site -> site.site().diagnostic() && site.tScore() != null)
			.min(Comparator.comparing(DexaSiteView::tScore))
			.orElse(null);
		return new DexaScanView(scan.id(), scan.version(), scan.date(), scan.facility(), scan.manufacturer(),
				scan.model(), baseline, lowest == null ? null : WhoCategory.of(lowest.tScore()),
				lowest == null ? null : lowest.tScore(), lowest == null ? null : lowest.key(), sites);
	}

	private record Measured(DexaScan scan, SiteResult result) {
	}

}
