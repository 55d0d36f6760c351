package org.bonetrack.scoring.rules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.bonetrack.guidance.ArticleSlugs;
import org.bonetrack.guidance.RuleParameter;
import org.bonetrack.guidance.RuleSet;
import org.bonetrack.shared.IsoWeek;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.bonetrack.scoring.rules.Weeks.PATIENT;
import static org.bonetrack.scoring.rules.Weeks.WEEK;
import static org.bonetrack.scoring.rules.Weeks.day;
import static org.bonetrack.scoring.rules.Weeks.fullDay;
import static org.bonetrack.scoring.rules.Weeks.hops;
import static org.bonetrack.scoring.rules.Weeks.strength;
import static org.bonetrack.scoring.rules.Weeks.wellFed;

class ScoringEngineTests {

	private static final RuleSet V1 = RuleSet.initial();

	private static WeeklyScore score(WeekData week) {
		return ScoringEngine.score(week, PATIENT, V1);
	}

	private static Finding finding(WeeklyScore score, Criterion criterion) {
		return score.finding(criterion).orElseThrow(() -> new AssertionError("no " + criterion + " finding"));
	}

	@Nested
	class Resistance {

		@ParameterizedTest(name = "{0} working sets at RPE 8 on {1} days: {2} qualifying days, status {3}")
		@CsvSource({ "5, 2, 0, MISSED", "6, 1, 1, PARTIAL", "6, 2, 2, MET", "12, 3, 3, MET" })
		void aDayQualifiesFromSixHardWorkingSets(int sets, int days, int qualifying, FindingStatus status) {
			WeekData.Builder week = WeekData.builder(WEEK);
			for (int day = 1; day <= days; day++) {
				week.session(day * 2 - 1, strength(sets));
			}
			Finding finding = finding(score(week.build()), Criterion.RESISTANCE);

			assertThat(finding.value()).isEqualTo(qualifying);
			assertThat(finding.target()).isEqualTo(2.0);
			assertThat(finding.status()).isEqualTo(status);
			assertThat(finding.guidance()).isEqualTo(ArticleSlugs.RESISTANCE_TRAINING);
			assertThat(finding.messageKey()).isEqualTo("score.resistance." + status.name().toLowerCase());
		}

		@ParameterizedTest(name = "RPE {0}, RIR {1}, {2} reps: hard = {3}")
		@CsvSource(nullValues = "-", value = { "7, -, 5, true", "6, -, 5, false", "10, -, 20, true",
				"-, 3, 15, true", "-, 4, 5, false", "6, 2, 8, true", "-, -, 12, true", "-, -, 13, false" })
		void aWorkingSetIsHardByEffortReserveOrRepsWhenEffortIsNotGiven(Integer rpe, Integer rir, int reps,
				boolean hard) {
			List<WorkSet> sets = java.util.Collections.nCopies(6,
					rir == null ? WorkSet.working(reps, 40) : WorkSet.working(reps, 40).withRir(rir));
			WeekData week = WeekData.builder(WEEK)
				.session(1, ExerciseSession.resistance(LocalTime.NOON, 30, rpe, sets))
				.build();

			assertThat(finding(score(week), Criterion.RESISTANCE).value()).isEqualTo(hard ? 1.0 : 0.0);
		}

		@Test
		void warmUpSetsAndOtherSessionTypesDoNotCount() {
			List<WorkSet> warmups = java.util.Collections.nCopies(10, WorkSet.warmup(5, 40));
			WeekData week = WeekData.builder(WEEK)
				.session(1, ExerciseSession.resistance(LocalTime.NOON, 30, 9, warmups))
				.session(2, new ExerciseSession(ExerciseType.OTHER, null, 30, 9,
						java.util.Collections.nCopies(8, WorkSet.working(5, 40)), List.of(), null))
				.build();

			assertThat(finding(score(week), Criterion.RESISTANCE).value()).isZero();
		}

	}

	@Nested
	class Impact {

		@ParameterizedTest(name = "{0} impacts at {1} BW: impact day = {2}")
		@CsvSource({ "49, 3.5, 0", "50, 3.5, 1", "50, 1.99, 0", "50, 2.0, 1", "400, 1.2, 0" })
		void anImpactDayHasFiftyImpactsFromActivitiesOfAtLeastTwiceBodyWeight(int count, double force, int days) {
			WeekData week = WeekData.builder(WEEK)
				.session(1, Weeks.jumps(count, force, LocalTime.of(7, 0)))
				.build();

			assertThat(finding(score(week), Criterion.IMPACT).value()).isEqualTo(days);
		}

		@Test
		void impactsOfOneDayAddUpAcrossSessions() {
			WeekData week = WeekData.builder(WEEK)
				.session(1, hops(30))
				.session(1, Weeks.jumps(20, 4.0, LocalTime.of(18, 0)))
				.build();

			assertThat(finding(score(week), Criterion.IMPACT).value()).isEqualTo(1.0);
		}

		@ParameterizedTest(name = "{0} impact days: impact {1} %, loading {2}")
		@CsvSource({ "0, 0, 0", "1, 25, 13", "3, 75, 38", "4, 100, 50", "6, 100, 50" })
		void impactScoresDaysOverFour(int days, int impactPercent, int loading) {
			WeekData.Builder week = WeekData.builder(WEEK);
			for (int day = 1; day <= days; day++) {
				week.session(day, hops(50));
			}
			WeeklyScore score = score(week.build());

			assertThat(finding(score, Criterion.IMPACT).value()).isEqualTo(days);
			assertThat(score.loading()).isEqualTo(loading);
			assertThat(ScoringEngine.percent(Math.min(1, days / 4.0))).isEqualTo(impactPercent);
			assertThat(finding(score, Criterion.IMPACT).status())
				.isEqualTo(days >= 4 ? FindingStatus.MET : days > 0 ? FindingStatus.PARTIAL : FindingStatus.MISSED);
		}

		@ParameterizedTest(name = "a vest walk of {0} min counts {1} day")
		@CsvSource({ "19, 0", "20, 0.5", "90, 0.5" })
		void aWeightedVestWalkOfTwentyMinutesCountsHalfADay(int minutes, double days) {
			WeekData week = WeekData.builder(WEEK)
				.session(2, ExerciseSession.vestWalk(LocalTime.of(8, 0), minutes, 6.5))
				.build();

			assertThat(finding(score(week), Criterion.IMPACT).value()).isEqualTo(days);
		}

		@Test
		void aDayWithBothImpactsAndAVestWalkCountsOnceAndTwoVestWalksStillHalf() {
			WeekData week = WeekData.builder(WEEK)
				.session(1, hops(60))
				.session(1, ExerciseSession.vestWalk(LocalTime.of(17, 0), 30, 6))
				.session(2, ExerciseSession.vestWalk(LocalTime.of(8, 0), 30, 6))
				.session(2, ExerciseSession.vestWalk(LocalTime.of(17, 0), 30, 6))
				.build();

			assertThat(finding(score(week), Criterion.IMPACT).value()).isEqualTo(1.5);
		}

	}

	@Nested
	class LowImpactPlan {

		private final PatientContext onPlan = PATIENT.withLowImpactPlan();

		@ParameterizedTest(name = "walks of {0} + {1} min: a walking day = {2}")
		@CsvSource({ "19, 0, 0", "20, 0, 1", "10, 10, 1", "12, 5, 0" })
		void aDayNeedsTwentyMinutesOfBriskOrVestWalking(int walk, int vestWalk, int days) {
			WeekData.Builder week = WeekData.builder(WEEK).session(3, ExerciseSession.of(ExerciseType.WALK, null, walk));
			if (vestWalk > 0) {
				week.session(3, ExerciseSession.vestWalk(null, vestWalk, 5));
			}
			WeeklyScore score = ScoringEngine.score(week.build(), onPlan, V1);

			assertThat(finding(score, Criterion.LOW_IMPACT_WALKING).value()).isEqualTo(days);
			assertThat(score.finding(Criterion.IMPACT)).isEmpty();
		}

		@ParameterizedTest(name = "{0} walking days: loading {1}")
		@CsvSource({ "3, 38", "4, 50", "7, 50" })
		void theTargetIsFourWalkingDays(int days, int loading) {
			WeekData.Builder week = WeekData.builder(WEEK);
			for (int day = 1; day <= days; day++) {
				week.session(day, ExerciseSession.of(ExerciseType.WALK, LocalTime.of(10, 0), 25));
			}
			WeeklyScore score = ScoringEngine.score(week.build(), onPlan, V1);

			assertThat(score.loading()).isEqualTo(loading);
			assertThat(finding(score, Criterion.LOW_IMPACT_WALKING).target()).isEqualTo(4.0);
		}

		@Test
		void impactWorkDoesNotCountAndIsPointedOutAsAWarning() {
			WeekData week = WeekData.builder(WEEK).session(1, hops(80)).session(2, hops(80)).build();
			WeeklyScore score = ScoringEngine.score(week, onPlan, V1);

			assertThat(score.loading()).isZero();
			Finding warning = finding(score, Criterion.IMPACT_ON_LOW_IMPACT_PLAN);
			assertThat(warning.status()).isEqualTo(FindingStatus.WARNING);
			assertThat(warning.value()).isEqualTo(2.0);
			assertThat(score.hasUpperLimitWarning()).isFalse();
			assertThat(finding(ScoringEngine.score(week, PATIENT, V1), Criterion.IMPACT).value()).isEqualTo(2.0);
		}

	}

	@Nested
	class Nutrition {

		@ParameterizedTest(name = "{0} of 7 days logged at every target: nutrition {1}")
		@CsvSource({ "0, 0, MISSED", "1, 14, PARTIAL", "5, 71, PARTIAL", "7, 100, MET" })
		void unloggedDaysCountZero(int loggedDays, int nutrition, FindingStatus logging) {
			WeekData.Builder week = WeekData.builder(WEEK);
			for (int day = 1; day <= loggedDays; day++) {
				week.nutrition(day, fullDay());
			}
			WeeklyScore score = score(week.build());

			assertThat(score.nutrition()).isEqualTo(nutrition);
			Finding finding = finding(score, Criterion.NUTRITION_LOGGING);
			assertThat(finding.value()).isEqualTo(loggedDays);
			assertThat(finding.target()).isEqualTo(7.0);
			assertThat(finding.status()).isEqualTo(logging);
			assertThat(finding.messageArgs()).containsExactly(loggedDays, 7);
		}

		@Test
		void aDaysAdequacyIsCappedAtTheTarget() {
			WeekData.Builder week = WeekData.builder(WEEK);
			week.nutrition(1, NutritionDay.of(1900, 90, 900, 900, 0, 3000, 200));
			WeeklyScore score = score(week.build());

			// one day at 100 % does not make up for six empty days
			assertThat(score.nutrition()).isEqualTo(14);
			assertThat(finding(score, Criterion.CALCIUM).status()).isEqualTo(FindingStatus.PARTIAL);
		}

		@ParameterizedTest(name = "calcium {0} mg: calcium adequacy {1} %, warning {2}")
		@CsvSource({ "2000, 100, false", "2001, 0, true" })
		void calciumAboveTheUpperLimitScoresZeroForThatDayAndWarns(double calcium, int adequacy, boolean warning) {
			WeekData week = WeekData.builder(WEEK).nutrition(1, day(calcium, 20, 0)).build();
			WeeklyScore score = score(week);

			Finding calciumFinding = finding(score, Criterion.CALCIUM);
			assertThat(calciumFinding.messageArgs().get(2)).isEqualTo(ScoringEngine.percent(adequacy / 100.0 / 7));
			assertThat(score.finding(Criterion.CALCIUM_UPPER_LIMIT).isPresent()).isEqualTo(warning);
			assertThat(score.hasUpperLimitWarning()).isEqualTo(warning);
			if (warning) {
				Finding limit = finding(score, Criterion.CALCIUM_UPPER_LIMIT);
				assertThat(limit.status()).isEqualTo(FindingStatus.WARNING);
				assertThat(limit.value()).isEqualTo(2001.0);
				assertThat(limit.target()).isEqualTo(2000.0);
				assertThat(limit.messageArgs()).containsExactly(1, 2001.0, 2000.0);
				assertThat(limit.guidance()).isEqualTo(ArticleSlugs.UPPER_LIMITS_AND_SAFETY);
			}
		}

		@ParameterizedTest(name = "vitamin D {0} µg, supplemental magnesium {1} mg: warnings {2}")
		@CsvSource({ "100, 350, ''", "100.5, 350, VITAMIN_D_UPPER_LIMIT", "100, 351, SUPPLEMENTAL_MAGNESIUM_UPPER_LIMIT" })
		void vitaminDAndSupplementalMagnesiumHaveUpperLimitsToo(double vitaminD, double supplementalMagnesium,
				String expected) {
			WeekData week = wellFed(WEEK).nutrition(4, day(1200, vitaminD, supplementalMagnesium)).build();
			WeeklyScore score = score(week);

			List<Criterion> warnings = score.findings()
				.stream()
				.filter(finding -> finding.status() == FindingStatus.WARNING)
				.map(Finding::criterion)
				.toList();
			assertThat(warnings).isEqualTo(expected.isEmpty() ? List.of() : List.of(Criterion.valueOf(expected)));
			assertThat(score.nutrition()).isEqualTo(expected.isEmpty() ? 100 : 98);
		}

		@Test
		void magnesiumFromFoodAboveTheSupplementLimitIsFine() {
			WeekData week = wellFed(WEEK).nutrition(1, NutritionDay.of(1200, 20, 90, 600, 100, 250, 65)).build();

			assertThat(score(week).hasUpperLimitWarning()).isFalse();
			assertThat(score(week).nutrition()).isEqualTo(100);
		}

		@ParameterizedTest(name = "weight {0} kg, protein {1} g a day: target {2} g, adequacy {3} %")
		@CsvSource(nullValues = "-", value = { "70, 70, 70, 100", "70, 35, 70, 50", "80, 60, 80, 75", "-, 60, 60, 100",
				"-, 30, 60, 50" })
		void proteinTargetIsOneGramPerKiloOrSixtyGramsWithoutAWeight(Double weight, double protein, double target,
				int adequacy) {
			WeekData.Builder week = WeekData.builder(WEEK);
			for (int day = 1; day <= 7; day++) {
				week.nutrition(day, NutritionDay.of(1200, 20, 90, 320, 0, 250, protein));
			}
			WeeklyScore score = ScoringEngine.score(week.build(), PatientContext.of(weight, Weeks.LONDON), V1);

			Finding finding = finding(score, Criterion.PROTEIN);
			assertThat(finding.target()).isEqualTo(target);
			assertThat(finding.messageArgs().get(2)).isEqualTo(adequacy);
			assertThat(score.finding(Criterion.BODY_WEIGHT)).as("record-your-weight finding")
				.matches(found -> found.isPresent() == (weight == null));
			if (weight == null) {
				assertThat(finding(score, Criterion.BODY_WEIGHT).status()).isEqualTo(FindingStatus.INFO);
				assertThat(finding(score, Criterion.BODY_WEIGHT).guidance()).isEqualTo(ArticleSlugs.PROTEIN);
			}
		}

		@Test
		void nutritionIsTheMeanOfTheSixNutrients() {
			WeekData.Builder week = WeekData.builder(WEEK);
			for (int day = 1; day <= 7; day++) {
				// calcium and vitamin D met, the other four at half
				week.nutrition(day, NutritionDay.of(1200, 20, 45, 160, 0, 125, 32.5));
			}
			assertThat(score(week.build()).nutrition()).isEqualTo(67);
		}

	}

	@Nested
	class Totals {

		@ParameterizedTest(name = "strength days {0}, impact days {1}, fed {2}: total {3}, loading {4}, nutrition {5}")
		@CsvSource({ "0, 0, false, 0, 0, 0", "2, 4, false, 50, 100, 0", "0, 0, true, 50, 0, 100",
				"2, 4, true, 100, 100, 100", "1, 2, true, 75, 50, 100" })
		void totalIsHalfLoadingHalfNutrition(int strengthDays, int impactDays, boolean fed, int total, int loading,
				int nutrition) {
			WeekData.Builder week = fed ? wellFed(WEEK) : WeekData.builder(WEEK);
			for (int day = 1; day <= strengthDays; day++) {
				week.session(day, strength(6));
			}
			for (int day = 1; day <= impactDays; day++) {
				week.session(day, hops(50));
			}
			WeeklyScore score = score(week.build());

			assertThat(score.total()).isEqualTo(total);
			assertThat(score.loading()).isEqualTo(loading);
			assertThat(score.nutrition()).isEqualTo(nutrition);
			assertThat(score.ruleSetVersion()).isEqualTo(1);
			assertThat(score.inProgress()).isFalse();
		}

		@Test
		void everyNumberComesFromTheRuleSet() {
			RuleSet stricter = RuleSet.of(2,
					Map.of(RuleParameter.IMPACT_TARGET_DAYS, java.math.BigDecimal.valueOf(2),
							RuleParameter.LOADING_WEIGHT_PERCENT, java.math.BigDecimal.valueOf(80),
							RuleParameter.NUTRITION_WEIGHT_PERCENT, java.math.BigDecimal.valueOf(20),
							RuleParameter.CALCIUM_UPPER_LIMIT_MG, java.math.BigDecimal.valueOf(1500)));
			WeekData week = wellFed(WEEK).session(1, hops(50)).session(2, hops(50)).build();

			WeeklyScore score = ScoringEngine.score(week, PATIENT, stricter);

			assertThat(finding(score, Criterion.IMPACT).status()).isEqualTo(FindingStatus.MET);
			assertThat(score.loading()).isEqualTo(50);
			assertThat(score.nutrition()).isEqualTo(100);
			assertThat(score.total()).isEqualTo(60);
			assertThat(score.ruleSetVersion()).isEqualTo(2);
		}

		@Test
		void findingsCarryAMessageKeyAndArticleAndWarningsComeLast() {
			WeekData week = wellFed(WEEK).nutrition(1, day(2400, 20, 0)).build();
			List<Finding> findings = score(week).findings();

			assertThat(findings).allSatisfy(finding -> {
				assertThat(finding.messageKey()).startsWith("score.");
				assertThat(ArticleSlugs.ALL).contains(finding.guidance());
			});
			assertThat(findings.get(0).criterion()).isEqualTo(Criterion.RESISTANCE);
			assertThat(findings.get(findings.size() - 1).criterion()).isEqualTo(Criterion.CALCIUM_UPPER_LIMIT);
		}

	}

	@Nested
	class WeekInProgress {

		private final IsoWeek week = IsoWeek.parse("2026-W11");

		private final LocalDate wednesday = week.monday().plusDays(2);

		@Test
		void daysNotYetReachedDoNotCountAsUnloggedAndTodayFillsAsItIsLogged() {
			WeekData.Builder data = WeekData.builder(week).today(wednesday);
			data.nutrition(1, fullDay()).nutrition(2, fullDay());
			WeeklyScore beforeLoggingToday = ScoringEngine.score(data.build(), PATIENT, V1);
			WeeklyScore afterLoggingToday = ScoringEngine.score(data.nutrition(3, fullDay()).build(), PATIENT, V1);

			assertThat(beforeLoggingToday.inProgress()).isTrue();
			assertThat(beforeLoggingToday.nutrition()).isEqualTo(67);
			assertThat(finding(beforeLoggingToday, Criterion.NUTRITION_LOGGING).messageArgs()).containsExactly(2, 3);
			assertThat(finding(beforeLoggingToday, Criterion.NUTRITION_LOGGING).status()).isEqualTo(FindingStatus.PENDING);
			assertThat(afterLoggingToday.nutrition()).isEqualTo(100);
			assertThat(finding(afterLoggingToday, Criterion.NUTRITION_LOGGING).status()).isEqualTo(FindingStatus.MET);
		}

		@Test
		void weeklyDayTargetsAreNotScaledAndUnmetOnesArePending() {
			WeekData data = WeekData.builder(week).today(wednesday).session(1, strength(6)).session(2, hops(50)).build();
			WeeklyScore score = ScoringEngine.score(data, PATIENT, V1);

			assertThat(finding(score, Criterion.RESISTANCE).status()).isEqualTo(FindingStatus.PENDING);
			assertThat(finding(score, Criterion.RESISTANCE).messageKey()).isEqualTo("score.resistance.pending");
			assertThat(finding(score, Criterion.IMPACT).value()).isEqualTo(1.0);
			assertThat(score.loading()).isEqualTo(38);
		}

		@Test
		void onMondayMorningNothingIsMissedYet() {
			WeeklyScore score = ScoringEngine.score(WeekData.builder(week).today(week.monday()).build(), PATIENT, V1);

			assertThat(score.findings()).extracting(Finding::status)
				.doesNotContain(FindingStatus.PARTIAL, FindingStatus.MISSED, FindingStatus.WARNING)
				.contains(FindingStatus.PENDING);
			assertThat(score.total()).isZero();
		}

	}

	@Nested
	class Calendar {

		@Test
		void week53OfTwentyTwentySixRunsIntoTheNewYear() {
			IsoWeek week53 = IsoWeek.parse("2026-W53");
			LocalDate saturday = LocalDate.of(2027, 1, 2);
			WeekData week = WeekData.builder(week53)
				.session(LocalDate.of(2026, 12, 29), hops(50))
				.session(saturday, hops(50))
				.nutrition(saturday, fullDay())
				.build();
			WeeklyScore score = score(week);

			assertThat(week.days().get(0).date()).isEqualTo(LocalDate.of(2026, 12, 28));
			assertThat(week.days().get(6).date()).isEqualTo(LocalDate.of(2027, 1, 3));
			assertThat(score.week()).isEqualTo(week53);
			assertThat(finding(score, Criterion.IMPACT).value()).isEqualTo(2.0);
			assertThat(finding(score, Criterion.NUTRITION_LOGGING).value()).isEqualTo(1.0);
			assertThatIllegalArgumentException()
				.isThrownBy(() -> WeekData.builder(week53).session(LocalDate.of(2027, 1, 4), hops(50)));
		}

		@Test
		void aWeekWithAClockChangeStillHasSevenDaysThatAllCount() {
			IsoWeek springForward = IsoWeek.of(LocalDate.of(2026, 3, 29));
			WeekData.Builder week = WeekData.builder(springForward);
			for (int day = 1; day <= 7; day++) {
				week.session(day, hops(50)).nutrition(day, fullDay());
			}
			WeeklyScore score = score(week.build());

			assertThat(finding(score, Criterion.IMPACT).value()).isEqualTo(7.0);
			assertThat(score.nutrition()).isEqualTo(100);
		}

		@ParameterizedTest(name = "{0} UTC in {1} is local {2}, in {3}")
		@CsvSource({ "2026-06-07T11:59:00Z, Pacific/Auckland, 2026-06-07, 2026-W23",
				"2026-06-07T12:00:00Z, Pacific/Auckland, 2026-06-08, 2026-W24",
				"2026-06-07T12:00:00Z, Europe/London, 2026-06-07, 2026-W23",
				"2027-01-03T11:30:00Z, Pacific/Auckland, 2027-01-04, 2027-W01",
				"2027-01-04T09:00:00Z, Pacific/Honolulu, 2027-01-03, 2026-W53" })
		void thePatientsWeekFollowsHerOwnCalendar(String instant, String zone, LocalDate today, String week) {
			java.time.Instant now = java.time.Instant.parse(instant);
			java.time.ZoneId zoneId = java.time.ZoneId.of(zone);

			assertThat(ScoringCalendar.today(now, zoneId)).isEqualTo(today);
			assertThat(ScoringCalendar.currentWeek(now, zoneId)).hasToString(week);
			assertThat(ScoringCalendar.state(IsoWeek.parse(week), today)).isEqualTo(ScoringCalendar.WeekState.IN_PROGRESS);
			assertThat(ScoringCalendar.state(IsoWeek.parse(week).previous(), today))
				.isEqualTo(ScoringCalendar.WeekState.COMPLETE);
			assertThat(ScoringCalendar.state(IsoWeek.parse(week).next(), today)).isEqualTo(ScoringCalendar.WeekState.FUTURE);
		}

		@Test
		void aPatientFarFromUtcIsScoredOnHerLocalDays() {
			java.time.ZoneId auckland = java.time.ZoneId.of("Pacific/Auckland");
			// Sunday 23:30 in Auckland is still Sunday 11:30 UTC: it belongs to that week's Sunday
			java.time.Instant lateSunday = java.time.Instant.parse("2026-06-07T11:30:00Z");
			LocalDate localDay = ScoringCalendar.today(lateSunday, auckland);
			IsoWeek week = IsoWeek.of(localDay);
			WeekData data = WeekData.builder(week)
				.today(ScoringCalendar.todayIfIn(week, localDay))
				.session(localDay, Weeks.jumps(50, 3.0, LocalTime.of(23, 0)))
				.build();
			WeeklyScore score = ScoringEngine.score(data, PatientContext.of(60.0, auckland), V1);

			assertThat(week).hasToString("2026-W23");
			assertThat(score.inProgress()).isTrue();
			assertThat(finding(score, Criterion.IMPACT).value()).isEqualTo(1.0);
		}

	}

}
