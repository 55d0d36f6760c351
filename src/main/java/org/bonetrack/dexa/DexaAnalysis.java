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
		List<DexaScan> ordered = scans.stream().sorted(CHRONOLOGICAL).toList();
		return List.copyOf(walk(ordered, anastrozoleStart, 0));
	}

	/** The latest scan with its analysis, if there is any scan. */
	public @Nullable DexaSummary latest(List<DexaScan> scans, @Nullable LocalDate anastrozoleStart) {
		if (scans.isEmpty()) {
			return null;
		}
		List<DexaScan> ordered = scans.stream().sorted(CHRONOLOGICAL).toList();
		// only the latest scan's view is needed: the earlier ones only pass on their results
		List<DexaScanView> views = walk(ordered, anastrozoleStart, ordered.size() - 1);
		return DexaSummary.of(views.get(0));
	}

	/**
	 * Goes through the scans in order, remembering each site's previous and baseline result, and
	 * builds the views (with their changes) of the scans from {@code firstView} on.
	 */
	private List<DexaScanView> walk(List<DexaScan> ordered, @Nullable LocalDate anastrozoleStart, int firstView) {
		int baselineIndex = baselineIndex(ordered, anastrozoleStart);
		Map<SiteKey, Measured> previousBySite = new HashMap<>();
		Map<SiteKey, Measured> baselineBySite = new HashMap<>();
		List<DexaScanView> views = new ArrayList<>(ordered.size() - firstView);
		for (int index = 0; index < ordered.size(); index++) {
			DexaScan scan = ordered.get(index);
			boolean viewed = index >= firstView;
			// site order matters only for the view: the maps are per site (and a stable sort keeps a site's own order)
			List<SiteResult> results = viewed ? scan.sites().stream().sorted(BY_SITE).toList() : scan.sites();
			List<DexaSiteView> sites = viewed ? new ArrayList<>(results.size()) : List.of();
			for (SiteResult result : results) {
				SiteKey key = result.key();
				Measured current = new Measured(scan, result);
				Measured previous = previousBySite.put(key, current);
				Measured baseline = index >= baselineIndex ? baselineBySite.putIfAbsent(key, current) : null;
				if (viewed) {
					SiteAnalysis analysis = new SiteAnalysis(previous == null ? null : change(previous, current),
							baseline == null ? null : change(baseline, current));
					sites.add(view(scan, result, analysis));
				}
			}
			if (viewed) {
				views.add(view(scan, index == baselineIndex, sites));
			}
		}
		return views;
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
		if (fromManufacturer != toManufacturer) {
			return BmdChange.notComparable(fromDate, toDate, NotComparableReason.MANUFACTURER_DIFFERS);
		}
		if (from.site() == DexaSite.LUMBAR_SPINE && !Objects.equals(from.vertebrae(), to.vertebrae())) {
			return BmdChange.notComparable(fromDate, toDate, NotComparableReason.VERTEBRAE_DIFFER);
		}
		BigDecimal change = to.bmd().subtract(from.bmd());
		BigDecimal percent = change.multiply(HUNDRED).divide(from.bmd(), PRECISION);
		BigDecimal years = yearsBetween(fromDate, toDate);
		BigDecimal perYear = years.signum() > 0 ? percent.divide(years, PRECISION) : null;

		BigDecimal facilityLsc = to.lscGcm2() != null ? to.lscGcm2() : from.lscGcm2();
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

	private BmdChange change(Measured from, Measured to) {
		return change(from.scan().date(), from.scan().manufacturer(), from.result(), to.scan().date(),
				to.scan().manufacturer(), to.result());
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
		BigDecimal tScore = result.tScore();
		boolean computed = false;
		if (tScore == null) {
			tScore = computedTScore(scan.manufacturer(), result.site(), result.bmd());
			computed = tScore != null;
		}
		return new DexaSiteView(result.site(), result.side(), result.vertebrae(), result.bmd(), tScore, computed,
				result.zScore(), result.lscGcm2(), analysis);
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
