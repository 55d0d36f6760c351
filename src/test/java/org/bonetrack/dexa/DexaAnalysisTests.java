package org.bonetrack.dexa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The analysis on cases computed by hand (issue 5, clinical-reference.md §5). */
class DexaAnalysisTests {

	private static final LocalDate FIRST = LocalDate.of(2024, 1, 15);

	/** 13 calendar months after {@link #FIRST}. */
	private static final LocalDate THIRTEEN_MONTHS_LATER = LocalDate.of(2025, 2, 15);

	private static final Vertebrae L1_L4 = Vertebrae.of("L1-L4");

	private final DexaAnalysis analysis = new DexaAnalysis(LscDefaults.ISCD_MINIMUM);

	@Nested
	class ChangeAgainstTheLeastSignificantChange {

		/**
		 * 0.950 → 0.900 g/cm² is −0.050 g/cm², −0.050 / 0.950 = −5.263 % → −5.26 %.
		 * <p>
		 * 2024-01-15 to 2025-02-15 is 13 calendar months, which {@link DexaAnalysis#yearsBetween}
		 * counts as 13/12 = 1.0833 years (each month at its mean length of 365.25 / 12 days), so
		 * −5.263 / 1.0833 = −4.858 → −4.86 %/yr, the hand-computed figure. Counting the 397 days one
		 * by one (2024 is a leap year) would give −5.263 / (397 / 365.25) = −4.84 %/yr; no whole
		 * number of days gives −4.86 (395 days: −4.87, 396 days: −4.85), because "13 months" by hand
		 * means 13/12 of a year.
		 * <p>
		 * 5.263 % is below the spine's default LSC of 5.3 %: not significant.
		 */
		@Test
		void aSpineLossOfFiveHundredthsOverThirteenMonthsFrom0950IsNotSignificantAtTheDefault() {
			BmdChange change = spineChange(null);

			assertThat(change.comparable()).isTrue();
			assertThat(change.changeGcm2()).isEqualByComparingTo("-0.050");
			assertThat(change.changePercent()).isEqualByComparingTo("-5.26");
			assertThat(change.percentPerYear()).isEqualByComparingTo("-4.86");
			assertThat(change.significant()).isFalse();
			assertThat(change.lscSource()).isEqualTo(LscSource.DEFAULT);
			assertThat(change.lscPercent()).isEqualByComparingTo("5.3");
			// 5.3 % of 0.950 g/cm²
			assertThat(change.lscGcm2()).isEqualByComparingTo("0.050");
		}

		@Test
		void theSameLossIsSignificantWithAFacilityLscOf0030() {
			BmdChange change = spineChange(new BigDecimal("0.030"));

			assertThat(change.changePercent()).isEqualByComparingTo("-5.26");
			assertThat(change.significant()).isTrue();
			assertThat(change.significantLoss()).isTrue();
			assertThat(change.lscSource()).isEqualTo(LscSource.FACILITY);
			assertThat(change.lscGcm2()).isEqualByComparingTo("0.030");
		}

		@Test
		void aChangeExactlyAtTheLscCountsAsSignificant() {
			BmdChange change = analysis.change(FIRST, Manufacturer.HOLOGIC, hip(Side.LEFT, "0.800", null),
					THIRTEEN_MONTHS_LATER, Manufacturer.HOLOGIC, hip(Side.LEFT, "0.760", null));

			// −0.040 / 0.800 = exactly −5.0 %, the total hip's default
			assertThat(change.changePercent()).isEqualByComparingTo("-5.00");
			assertThat(change.significant()).isTrue();
		}

		@Test
		void aGainBeyondTheLscIsSignificantButNotALoss() {
			BmdChange change = analysis.change(FIRST, Manufacturer.HOLOGIC, spine("0.800", null),
					THIRTEEN_MONTHS_LATER, Manufacturer.HOLOGIC, spine("0.850", null));

			assertThat(change.significantGain()).isTrue();
			assertThat(change.significantLoss()).isFalse();
		}

		@Test
		void theLaterScansFacilityLscWinsOverTheEarlierOnes() {
			BmdChange change = analysis.change(FIRST, Manufacturer.HOLOGIC, spine("0.950", "0.060"),
					THIRTEEN_MONTHS_LATER, Manufacturer.HOLOGIC, spine("0.900", "0.030"));

			assertThat(change.lscGcm2()).isEqualByComparingTo("0.030");
			assertThat(change.significant()).isTrue();
		}

		@Test
		void defaultsComeFromTheInjectedParametersSoARuleSetCanChangeThem() {
			DexaAnalysis stricter = new DexaAnalysis(new LscDefaults(new BigDecimal("3.0"), new BigDecimal("3.0"),
					new BigDecimal("3.0"), new BigDecimal("3.0")));

			BmdChange change = stricter.change(FIRST, Manufacturer.HOLOGIC, spine("0.950", null),
					THIRTEEN_MONTHS_LATER, Manufacturer.HOLOGIC, spine("0.900", null));

			assertThat(change.significant()).isTrue();
			assertThat(change.lscPercent()).isEqualByComparingTo("3.0");
		}

		@Test
		void eachSiteHasItsOwnDefault() {
			// −6.0 %: beyond the spine's 5.3 % and the hip's 5.0 %, within the neck's 6.9 %
			assertThat(analysis.change(FIRST, Manufacturer.HOLOGIC, neck(Side.RIGHT, "0.800", null),
					THIRTEEN_MONTHS_LATER, Manufacturer.HOLOGIC, neck(Side.RIGHT, "0.752", null))
				.significant()).isFalse();
			assertThat(analysis.change(FIRST, Manufacturer.HOLOGIC, hip(Side.RIGHT, "0.800", null),
					THIRTEEN_MONTHS_LATER, Manufacturer.HOLOGIC, hip(Side.RIGHT, "0.752", null))
				.significant()).isTrue();
			assertThat(LscDefaults.ISCD_MINIMUM.percentFor(DexaSite.RADIUS_33)).isEqualByComparingTo("6.9");
		}

		private BmdChange spineChange(@Nullable BigDecimal facilityLsc) {
			return analysis.change(FIRST, Manufacturer.HOLOGIC, spine("0.950", null), THIRTEEN_MONTHS_LATER,
					Manufacturer.HOLOGIC, new SiteResult(DexaSite.LUMBAR_SPINE, null, L1_L4, new BigDecimal("0.900"),
							null, null, facilityLsc));
		}

	}

	@Nested
	class Comparability {

		@Test
		void hologicThenGeLunarIsNotComparableAndGivesNoNumbers() {
			BmdChange change = analysis.change(FIRST, Manufacturer.HOLOGIC, spine("0.950", null),
					THIRTEEN_MONTHS_LATER, Manufacturer.GE_LUNAR, spine("1.070", null));

			assertThat(change.comparable()).isFalse();
			assertThat(change.reason()).isEqualTo(NotComparableReason.MANUFACTURER_DIFFERS);
			assertThat(change.changeGcm2()).isNull();
			assertThat(change.changePercent()).isNull();
			assertThat(change.percentPerYear()).isNull();
			assertThat(change.significant()).isFalse();
		}

		@Test
		void spineResultsOnDifferentVertebraeAreNotComparable() {
			BmdChange change = analysis.change(FIRST, Manufacturer.HOLOGIC, spine("0.950", null),
					THIRTEEN_MONTHS_LATER, Manufacturer.HOLOGIC, new SiteResult(DexaSite.LUMBAR_SPINE, null,
							Vertebrae.of("L2-L4"), new BigDecimal("0.990"), null, null, null));

			assertThat(change.comparable()).isFalse();
			assertThat(change.reason()).isEqualTo(NotComparableReason.VERTEBRAE_DIFFER);
		}

	}

	@Nested
	class WhoCategories {

		@ParameterizedTest(name = "T-score {0} is {1}")
		@CsvSource({ "-1.0, NORMAL", "-1.01, OSTEOPENIA", "-2.5, OSTEOPOROSIS", "-2.49, OSTEOPENIA", "0.4, NORMAL",
				"-3.8, OSTEOPOROSIS" })
		void theCutPointsAreMinusOneAndMinusTwoAndAHalf(BigDecimal tScore, WhoCategory expected) {
			assertThat(WhoCategory.of(tScore)).isEqualTo(expected);
		}

		@Test
		void theCategoryComesFromTheLowestOfSpineTotalHipAndFemoralNeckNeverTheRadius() {
			DexaScan scan = scan(1, FIRST, Manufacturer.GE_LUNAR,
					new SiteResult(DexaSite.LUMBAR_SPINE, null, L1_L4, new BigDecimal("1.000"), new BigDecimal("-0.8"), null, null),
					new SiteResult(DexaSite.TOTAL_HIP, Side.LEFT, null, new BigDecimal("0.850"), new BigDecimal("-1.2"), null, null),
					new SiteResult(DexaSite.FEMORAL_NECK, Side.RIGHT, null, new BigDecimal("0.700"), new BigDecimal("-1.9"), null, null),
					new SiteResult(DexaSite.RADIUS_33, null, null, new BigDecimal("0.600"), new BigDecimal("-3.1"), null, null));

			DexaScanView view = analysis.analyse(List.of(scan), null).get(0);

			assertThat(view.whoCategory()).isEqualTo(WhoCategory.OSTEOPENIA);
			assertThat(view.lowestTScore()).isEqualByComparingTo("-1.9");
			assertThat(view.lowestTScoreSite()).isEqualTo(new SiteKey(DexaSite.FEMORAL_NECK, Side.RIGHT));
		}

		@Test
		void aScanWithoutDiagnosticTScoresHasNoCategory() {
			DexaScan scan = scan(1, FIRST, Manufacturer.GE_LUNAR, spine("0.950", null));

			assertThat(analysis.analyse(List.of(scan), null).get(0).whoCategory()).isNull();
		}

	}

	@Nested
	class ComputedTScores {

		@Test
		void aMissingHologicFemoralNeckTScoreForBmd0750IsMinusPoint90AndMarkedComputed() {
			// (0.750 − 0.858) / 0.120 = −0.90
			DexaScan scan = scan(1, FIRST, Manufacturer.HOLOGIC, neck(Side.LEFT, "0.750", null));

			DexaSiteView neck = analysis.analyse(List.of(scan), null).get(0).sites().get(0);

			assertThat(neck.tScore()).isEqualByComparingTo("-0.90");
			assertThat(neck.tScore().scale()).isEqualTo(2);
			assertThat(neck.tScoreComputed()).isTrue();
		}

		@Test
		void aMissingHologicTotalHipTScoreUsesTheTotalHipReference() {
			// (0.820 − 0.942) / 0.122 = −1.00
			assertThat(DexaAnalysis.computedTScore(Manufacturer.HOLOGIC, DexaSite.TOTAL_HIP, new BigDecimal("0.820")))
				.isEqualByComparingTo("-1.00");
		}

		@Test
		void aPrintedTScoreIsKeptAndNotMarked() {
			DexaScan scan = scan(1, FIRST, Manufacturer.HOLOGIC,
					new SiteResult(DexaSite.FEMORAL_NECK, Side.LEFT, null, new BigDecimal("0.750"), new BigDecimal("-1.1"), null, null));

			DexaSiteView neck = analysis.analyse(List.of(scan), null).get(0).sites().get(0);

			assertThat(neck.tScore()).isEqualByComparingTo("-1.1");
			assertThat(neck.tScoreComputed()).isFalse();
		}

		@Test
		void noTScoreIsComputedForOtherManufacturersOrTheSpine() {
			assertThat(DexaAnalysis.computedTScore(Manufacturer.GE_LUNAR, DexaSite.FEMORAL_NECK, new BigDecimal("0.750")))
				.isNull();
			assertThat(DexaAnalysis.computedTScore(Manufacturer.HOLOGIC, DexaSite.LUMBAR_SPINE, new BigDecimal("0.950")))
				.isNull();
		}

		@Test
		void aComputedTScoreCountsForTheWhoCategory() {
			// (0.540 − 0.858) / 0.120 = −2.65
			DexaScan scan = scan(1, FIRST, Manufacturer.HOLOGIC, neck(Side.LEFT, "0.540", null));

			DexaScanView view = analysis.analyse(List.of(scan), null).get(0);

			assertThat(view.whoCategory()).isEqualTo(WhoCategory.OSTEOPOROSIS);
			assertThat(view.lowestTScore()).isEqualByComparingTo("-2.65");
		}

	}

	@Nested
	class PreviousAndBaseline {

		private final DexaScan beforeAnastrozole = scan(1, LocalDate.of(2022, 3, 1), Manufacturer.HOLOGIC,
				spine("1.000", null));

		private final DexaScan atStart = scan(2, LocalDate.of(2023, 3, 1), Manufacturer.HOLOGIC,
				spine("0.980", null), hip(Side.LEFT, "0.850", null));

		private final DexaScan oneYearOn = scan(3, LocalDate.of(2024, 3, 1), Manufacturer.HOLOGIC, spine("0.940", null));

		private final DexaScan twoYearsOn = scan(4, LocalDate.of(2025, 3, 1), Manufacturer.HOLOGIC,
				spine("0.910", null), hip(Side.LEFT, "0.800", null));

		@Test
		void theBaselineIsTheFirstScanOnOrAfterTheAnastrozoleStart() {
			List<DexaScanView> views = analysis.analyse(List.of(twoYearsOn, oneYearOn, atStart, beforeAnastrozole),
					LocalDate.of(2023, 2, 20));

			assertThat(views).extracting(DexaScanView::id).containsExactly(1L, 2L, 3L, 4L);
			assertThat(views).extracting(DexaScanView::baseline).containsExactly(false, true, false, false);
			DexaSiteView spine = views.get(3).sites().get(0);
			assertThat(spine.analysis().sinceBaseline().from()).isEqualTo(atStart.date());
			assertThat(spine.analysis().sinceBaseline().changeGcm2()).isEqualByComparingTo("-0.070");
			assertThat(spine.analysis().sincePrevious().from()).isEqualTo(oneYearOn.date());
			assertThat(spine.analysis().sincePrevious().changeGcm2()).isEqualByComparingTo("-0.030");
		}

		@Test
		void withoutAnAnastrozoleStartTheFirstScanIsTheBaseline() {
			List<DexaScanView> views = analysis.analyse(List.of(atStart, beforeAnastrozole, oneYearOn), null);

			assertThat(views.get(0).baseline()).isTrue();
			assertThat(views.get(2).sites().get(0).analysis().sinceBaseline().changeGcm2()).isEqualByComparingTo("-0.060");
		}

		@Test
		void whenNoScanFollowsTheStartTheFirstScanIsTheBaseline() {
			List<DexaScanView> views = analysis.analyse(List.of(beforeAnastrozole, atStart), LocalDate.of(2026, 1, 1));

			assertThat(views.get(0).baseline()).isTrue();
		}

		@Test
		void scansBeforeTheBaselineHaveNoChangeSinceBaselineButDoHaveOneSinceThePrevious() {
			List<DexaScanView> views = analysis.analyse(List.of(beforeAnastrozole, atStart), LocalDate.of(2023, 3, 1));

			assertThat(views.get(0).sites().get(0).analysis()).isEqualTo(SiteAnalysis.NONE);
			SiteAnalysis atBaseline = views.get(1).sites().get(0).analysis();
			assertThat(atBaseline.sinceBaseline()).isNull();
			assertThat(atBaseline.sincePrevious().changeGcm2()).isEqualByComparingTo("-0.020");
		}

		@Test
		void thePreviousResultOfASiteIsTheLatestEarlierScanThatMeasuredIt() {
			List<DexaScanView> views = analysis.analyse(List.of(atStart, oneYearOn, twoYearsOn), null);

			DexaSiteView hip = views.get(2).site(new SiteKey(DexaSite.TOTAL_HIP, Side.LEFT)).orElseThrow();
			assertThat(hip.analysis().sincePrevious().from()).isEqualTo(atStart.date());
			assertThat(hip.analysis().sincePrevious().changeGcm2()).isEqualByComparingTo("-0.050");
		}

		@Test
		void theLatestSummaryFlagsASignificantLossSinceThePreviousScan() {
			// hip −0.050 / 0.850 = −5.9 % over two years: beyond the hip's 5.0 %
			DexaSummary summary = analysis.latest(List.of(atStart, oneYearOn, twoYearsOn), LocalDate.of(2023, 3, 1));

			assertThat(summary.scanId()).isEqualTo(4);
			assertThat(summary.significantLossSincePrevious()).isTrue();
			assertThat(summary.sinceBaseline()).containsOnlyKeys(new SiteKey(DexaSite.LUMBAR_SPINE, null),
					new SiteKey(DexaSite.TOTAL_HIP, Side.LEFT));
			assertThat(summary.significantLossSinceBaseline()).isTrue();
		}

		@Test
		void noScansHaveNoSummary() {
			assertThat(analysis.latest(List.of(), null)).isNull();
		}

	}

	@Nested
	class Annualising {

		@Test
		void thirteenCalendarMonthsAreThirteenTwelfthsOfAYearWhicheverMonthsTheySpan() {
			assertThat(DexaAnalysis.yearsBetween(FIRST, THIRTEEN_MONTHS_LATER))
				.isEqualByComparingTo(DexaAnalysis.yearsBetween(LocalDate.of(2023, 6, 15), LocalDate.of(2024, 7, 15)));
			assertThat(DexaAnalysis.yearsBetween(FIRST, THIRTEEN_MONTHS_LATER).doubleValue()).isCloseTo(13 / 12.0,
					org.assertj.core.data.Offset.offset(1e-12));
		}

		@Test
		void daysLeftOverCountAsDaysOverThreeHundredSixtyFiveAndAQuarter() {
			// one month and 10 days
			assertThat(DexaAnalysis.yearsBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 11)).doubleValue())
				.isCloseTo(1 / 12.0 + 10 / 365.25, org.assertj.core.data.Offset.offset(1e-12));
		}

		@Test
		void scansOnTheSameDayHaveNoRatePerYear() {
			BmdChange change = analysis.change(FIRST, Manufacturer.HOLOGIC, spine("0.950", null), FIRST,
					Manufacturer.HOLOGIC, spine("0.940", null));

			assertThat(change.percentPerYear()).isNull();
			assertThat(change.changePercent()).isEqualByComparingTo("-1.05");
		}

	}

	/**
	 * {@link DexaAnalysis#latest} builds only the latest scan's view; it must say exactly what the
	 * full analysis says of that scan, whatever the order the scans come in, with scans before the
	 * baseline, a change of scanner and of vertebrae, sites left out of some scans, facility LSCs
	 * and two scans on one day.
	 */
	@ParameterizedTest(name = "anastrozole started {0}")
	@CsvSource(nullValues = "none", value = { "none", "2019-01-01", "2021-03-01", "2022-06-30", "2030-01-01" })
	void theLatestSummaryIsWhatTheFullAnalysisSaysOfTheLatestScan(@Nullable LocalDate start) {
		SiteResult spineL1L2L4 = new SiteResult(DexaSite.LUMBAR_SPINE, null, Vertebrae.of("L1-L2,L4"),
				new BigDecimal("0.910"), new BigDecimal("-1.4"), new BigDecimal("-0.2"), new BigDecimal("0.025"));
		List<DexaScan> history = List.of(
				scan(7, LocalDate.of(2022, 6, 30), Manufacturer.HOLOGIC, hip(Side.RIGHT, "0.780", null), spineL1L2L4,
						neck(Side.LEFT, "0.690", "-1.9"), hip(Side.LEFT, "0.790", "-1.2")),
				scan(3, LocalDate.of(2020, 2, 1), Manufacturer.HOLOGIC, spine("0.990", null), hip(Side.LEFT, "0.850", null)),
				scan(5, LocalDate.of(2021, 3, 1), Manufacturer.GE_LUNAR, spine("1.020", "0.030"),
						hip(Side.LEFT, "0.900", "-0.8")),
				scan(4, LocalDate.of(2021, 3, 1), Manufacturer.HOLOGIC, hip(Side.RIGHT, "0.840", null),
						spine("0.960", "0.030"), neck(Side.LEFT, "0.720", null)),
				scan(6, LocalDate.of(2022, 6, 30), Manufacturer.HOLOGIC, neck(Side.LEFT, "0.700", null),
						spine("0.930", null), hip(Side.LEFT, "0.800", null)));

		List<DexaScanView> all = analysis.analyse(history, start);

		assertThat(all).extracting(DexaScanView::id).containsExactly(3L, 4L, 5L, 6L, 7L);
		// the right hip fell 7.1 % since scan 4, the last earlier scan that measured it
		assertThat(all.get(4).significantLossSincePrevious()).isTrue();
		assertThat(analysis.latest(history, start)).isEqualTo(DexaSummary.of(all.get(all.size() - 1)));
		List<DexaScan> earlier = history.subList(1, 4);
		assertThat(analysis.latest(earlier, start)).isEqualTo(DexaSummary.of(analysis.analyse(earlier, start).get(2)));
		assertThat(analysis.latest(List.of(history.get(1)), start))
			.isEqualTo(DexaSummary.of(analysis.analyse(List.of(history.get(1)), start).get(0)));
	}

	/**
	 * The same on 2,000 made-up histories (fixed seed): one to five scans in any order, some on one
	 * day, two manufacturers, spine results on two sets of vertebrae, sites in any order and
	 * sometimes left out, printed, missing and equal T-scores, facility LSCs now and then, and BMD
	 * changes on both sides of the least significant change.
	 */
	@Test
	void theLatestSummaryIsWhatTheFullAnalysisSaysOfTheLatestScanForManyMadeUpHistories() {
		Random random = new Random(20260127);
		List<LocalDate> starts = java.util.Arrays.asList(null, LocalDate.of(2019, 1, 1), LocalDate.of(2021, 6, 1),
				LocalDate.of(2030, 1, 1));
		for (int history = 0; history < 2_000; history++) {
			List<DexaScan> scans = madeUpHistory(random);
			LocalDate start = starts.get(random.nextInt(starts.size()));
			List<DexaScanView> all = analysis.analyse(scans, start);

			assertThat(analysis.latest(scans, start)).as("history %d: %s", history, scans)
				.isEqualTo(DexaSummary.of(all.get(all.size() - 1)));
		}
	}

	private static List<DexaScan> madeUpHistory(Random random) {
		List<SiteKey> keys = List.of(new SiteKey(DexaSite.LUMBAR_SPINE, null), new SiteKey(DexaSite.TOTAL_HIP, Side.LEFT),
				new SiteKey(DexaSite.TOTAL_HIP, Side.RIGHT), new SiteKey(DexaSite.FEMORAL_NECK, Side.LEFT),
				new SiteKey(DexaSite.RADIUS_33, Side.LEFT));
		List<DexaScan> scans = new java.util.ArrayList<>();
		int count = 1 + random.nextInt(5);
		LocalDate date = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(400));
		for (int scan = 0; scan < count; scan++) {
			List<SiteResult> sites = new java.util.ArrayList<>();
			for (SiteKey key : keys) {
				if (random.nextInt(5) == 0) {
					continue;
				}
				BigDecimal bmd = BigDecimal.valueOf(700 + random.nextInt(200), 3);
				String[] tScores = { null, "-1.0", "-2.5", "-1.75", "-2.50" };
				String tScore = tScores[random.nextInt(tScores.length)];
				sites.add(new SiteResult(key.site(), key.side(),
						key.site() == DexaSite.LUMBAR_SPINE ? Vertebrae.of(random.nextInt(6) == 0 ? "L1-L3" : "L1-L4") : null,
						bmd, tScore == null ? null : new BigDecimal(tScore), null,
						random.nextInt(4) == 0 ? new BigDecimal("0.030") : null));
			}
			java.util.Collections.shuffle(sites, random);
			scans.add(new DexaScan(100 - scan, 0, date, "Test imaging centre",
					random.nextInt(6) == 0 ? Manufacturer.GE_LUNAR : Manufacturer.HOLOGIC, null, sites));
			date = date.plusDays(random.nextInt(3) == 0 ? 0 : 30 + random.nextInt(700));
		}
		java.util.Collections.shuffle(scans, random);
		return scans;
	}

	private static SiteResult spine(String bmd, @Nullable String lsc) {
		return new SiteResult(DexaSite.LUMBAR_SPINE, null, L1_L4, new BigDecimal(bmd), null, null,
				lsc == null ? null : new BigDecimal(lsc));
	}

	private static SiteResult hip(Side side, String bmd, @Nullable String tScore) {
		return new SiteResult(DexaSite.TOTAL_HIP, side, null, new BigDecimal(bmd),
				tScore == null ? null : new BigDecimal(tScore), null, null);
	}

	private static SiteResult neck(Side side, String bmd, @Nullable String tScore) {
		return new SiteResult(DexaSite.FEMORAL_NECK, side, null, new BigDecimal(bmd),
				tScore == null ? null : new BigDecimal(tScore), null, null);
	}

	private static DexaScan scan(long id, LocalDate date, Manufacturer manufacturer, SiteResult... sites) {
		return new DexaScan(id, 0, date, "Test imaging centre", manufacturer, null, List.of(sites));
	}

}
