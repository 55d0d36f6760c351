package org.bonetrack.scoring.rules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.bonetrack.guidance.RuleSet;
import org.bonetrack.shared.IsoWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OsteogenicIndexTests {

	private static final RuleSet V1 = RuleSet.initial();

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static Finding index(WeekData week, ZoneId zone) {
		return ScoringEngine.score(week, PatientContext.of(60.0, zone), V1)
			.finding(Criterion.OSTEOGENIC_INDEX)
			.orElseThrow();
	}

	private static ExerciseSession bout(LocalTime start, int minutes, int count, double force) {
		return ExerciseSession.impact(start, minutes, List.of(new ImpactBout("jumps", count, force)));
	}

	@Test
	void oneBoutIsPeakForceTimesTheLogOfOnePlusItsCycles() {
		// clinical-reference.md §2.1: 50 jumps at 4 BW = 4 × ln(51) = 15.7
		WeekData week = WeekData.builder(Weeks.WEEK).session(1, bout(LocalTime.of(7, 0), 10, 50, 4.0)).build();
		Finding finding = index(week, LONDON);

		assertThat(finding.value()).isCloseTo(15.73, within(0.01));
		assertThat(finding.status()).isEqualTo(FindingStatus.INFO);
		assertThat(finding.messageArgs()).containsExactly(15.73, 1);
	}

	@ParameterizedTest(name = "second session {0} h after the first ended: {1} bouts")
	@CsvSource({ "7.9, 1", "8, 2", "12, 2" })
	void sessionsWithLessThanEightHoursRestBetweenThemAreOneBout(double hoursOfRest, int bouts) {
		LocalTime firstStart = LocalTime.of(6, 0);
		LocalTime secondStart = firstStart.plusMinutes(10).plusMinutes(Math.round(hoursOfRest * 60));
		WeekData week = WeekData.builder(Weeks.WEEK)
			.session(1, bout(firstStart, 10, 40, 3.0))
			.session(1, bout(secondStart, 10, 30, 4.0))
			.build();
		double expected = bouts == 1 ? 4.0 * Math.log(71) : 3.0 * Math.log(41) + 4.0 * Math.log(31);

		assertThat(index(week, LONDON).value()).isCloseTo(expected, within(0.01));
		assertThat(index(week, LONDON).messageArgs().get(1)).isEqualTo(bouts);
	}

	@Test
	void aSessionWithoutAStartTimeMakesTheWholeDayOneBout() {
		WeekData week = WeekData.builder(Weeks.WEEK)
			.session(1, bout(LocalTime.of(6, 0), 10, 40, 3.0))
			.session(1, ExerciseSession.impact(null, 10, List.of(new ImpactBout("hops", 30, 2.5))))
			.build();

		assertThat(index(week, LONDON).value()).isCloseTo(3.0 * Math.log(71), within(0.01));
	}

	@Test
	void whenTheClocksGoForwardTheRestIsMeasuredInRealTime() {
		// 29 March 2026, London: 01:00 GMT becomes 02:00 BST. 00:30 → 08:30 on the clock is 7 h of rest.
		LocalDate springForward = LocalDate.of(2026, 3, 29);
		WeekData week = WeekData.builder(IsoWeek.of(springForward))
			.session(springForward, bout(LocalTime.of(0, 0), 30, 40, 3.0))
			.session(springForward, bout(LocalTime.of(8, 30), 10, 30, 4.0))
			.build();

		assertThat(index(week, LONDON).messageArgs().get(1)).isEqualTo(1);
		assertThat(index(week, ZoneId.of("UTC")).messageArgs().get(1)).isEqualTo(2);
	}

	@Test
	void whenTheClocksGoBackTheRestIsMeasuredInRealTime() {
		// 25 October 2026, London: 02:00 BST becomes 01:00 GMT. 00:30 → 08:00 on the clock is 8.5 h of rest.
		LocalDate fallBack = LocalDate.of(2026, 10, 25);
		WeekData week = WeekData.builder(IsoWeek.of(fallBack))
			.session(fallBack, bout(LocalTime.of(0, 0), 30, 40, 3.0))
			.session(fallBack, bout(LocalTime.of(8, 0), 10, 30, 4.0))
			.build();

		assertThat(index(week, LONDON).messageArgs().get(1)).isEqualTo(2);
		assertThat(index(week, ZoneId.of("UTC")).messageArgs().get(1)).isEqualTo(1);
	}

	@Test
	void theIndexDoesNotChangeTheScore() {
		WeekData week = WeekData.builder(Weeks.WEEK).session(1, bout(LocalTime.of(7, 0), 10, 40, 6.0)).build();
		WeekData gentler = WeekData.builder(Weeks.WEEK).session(1, bout(LocalTime.of(7, 0), 10, 40, 2.0)).build();

		assertThat(ScoringEngine.score(week, Weeks.PATIENT, V1).total())
			.isEqualTo(ScoringEngine.score(gentler, Weeks.PATIENT, V1).total());
		assertThat(index(WeekData.empty(Weeks.WEEK), LONDON).messageKey()).isEqualTo("score.osteogenicIndex.none");
	}

}
