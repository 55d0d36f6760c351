package org.bonetrack.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsoWeekTests {

	@ParameterizedTest
	@CsvSource({ "2026-11-26, 2026-W48", "2026-12-31, 2026-W53", "2027-01-03, 2026-W53", "2027-01-04, 2027-W01",
			"2025-12-29, 2026-W01", "2024-12-30, 2025-W01" })
	void dateBelongsToItsIsoWeekAcrossYearBoundaries(LocalDate date, String week) {
		assertThat(IsoWeek.of(date)).hasToString(week);
	}

	@Test
	void weekRunsFromMondayToSunday() {
		IsoWeek week = IsoWeek.parse("2026-W53");

		assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 12, 28));
		assertThat(week.sunday()).isEqualTo(LocalDate.of(2027, 1, 3));
		assertThat(week.next()).hasToString("2027-W01");
		assertThat(IsoWeek.parse("2027-W01").previous()).isEqualTo(week);
	}

	@Test
	void everyDayOfFortyYearsIsInTheWeekStartingOnItsMonday() {
		for (LocalDate day = LocalDate.of(1999, 12, 27); day.isBefore(LocalDate.of(2040, 1, 10)); day = day.plusDays(1)) {
			IsoWeek week = IsoWeek.of(day);
			assertThat(week.monday()).isEqualTo(day.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)));
		}
	}

	@Test
	void weekArithmeticAgreesWithJavaTimeIsoFieldsOverFourCenturies() {
		for (LocalDate day = LocalDate.of(1800, 1, 1); day.isBefore(LocalDate.of(2200, 1, 1)); day = day.plusDays(1)) {
			IsoWeek week = IsoWeek.of(day);
			assertThat(week.year()).as("week-based year of %s", day).isEqualTo(day.get(IsoFields.WEEK_BASED_YEAR));
			assertThat(week.week()).as("week of %s", day).isEqualTo(day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			assertThat(week.previous()).as("week before %s", week).isEqualTo(IsoWeek.of(day.minusWeeks(1)));
			assertThat(week.next()).as("week after %s", week).isEqualTo(IsoWeek.of(day.plusWeeks(1)));
		}
		for (int year = 1; year <= 9999; year++) {
			assertThat(IsoWeek.weeksIn(year)).as("weeks in %d", year)
				.isEqualTo(LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		}
	}

	@ParameterizedTest
	@CsvSource({ "2026, 5, 2026-W05", "2026, 48, 2026-W48", "987, 3, 0987-W03" })
	void weeksAreWrittenWithAFourDigitYearAndATwoDigitWeek(int year, int week, String text) {
		assertThat(new IsoWeek(year, week)).hasToString(text);
		assertThat(IsoWeek.parse(text)).isEqualTo(new IsoWeek(year, week));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-48", "2026-W00", "2025-W53", "26-W10", "2026-W5" })
	void malformedOrNonexistentWeeksAreRejected(String text) {
		assertThatThrownBy(() -> IsoWeek.parse(text)).isInstanceOf(DateTimeParseException.class);
	}

}
