package org.bonetrack.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bonetrack.shared.DaySpans.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DaySpansTests {

	private static final IsoWeek W10 = IsoWeek.parse("2026-W10");

	@Test
	void weeksFarApartAreSeparateSpansAndNeverTheDaysBetweenThem() {
		IsoWeek later = IsoWeek.parse("2026-W40");

		DaySpans spans = DaySpans.ofWeeks(Map.of(7L, List.of(later, W10)));

		assertThat(spans.spans()).containsExactly(new Span(7, W10.monday(), W10.sunday()),
				new Span(7, later.monday(), later.sunday()));
	}

	@Test
	void adjacentWeeksJoinIntoOneSpanAcrossTheNewYear() {
		IsoWeek last2026 = IsoWeek.parse("2026-W53");
		IsoWeek first2027 = IsoWeek.parse("2027-W01");

		DaySpans spans = DaySpans.ofWeeks(Map.of(7L, List.of(first2027, last2026, last2026.previous(), first2027)));

		assertThat(spans.spans()).containsExactly(new Span(7, last2026.previous().monday(), first2027.sunday()));
	}

	@Test
	void eachPatientHasOnlyHisOwnWeeksAndPatientsWithoutWeeksAskForNothing() {
		DaySpans spans = DaySpans.ofWeeks(Map.of(9L, List.of(W10.next()), 3L, List.of(W10), 5L, List.of()));

		assertThat(spans.patients()).containsExactly(3L, 9L);
		assertThat(spans.firstDays()).containsExactly("2026-03-02", "2026-03-09");
		assertThat(spans.lastDays()).containsExactly("2026-03-08", "2026-03-15");
	}

	@Test
	void aRangeIsOneSpanPerPatientAndNothingWhenItEndsBeforeItStarts() {
		LocalDate from = LocalDate.of(2026, 3, 4);
		LocalDate to = LocalDate.of(2026, 3, 20);

		assertThat(DaySpans.ofRange(List.of(4L, 2L, 4L), from, to).spans()).containsExactly(new Span(4, from, to),
				new Span(2, from, to));
		assertThat(DaySpans.ofRange(List.of(4L), to, from).isEmpty()).isTrue();
	}

}
