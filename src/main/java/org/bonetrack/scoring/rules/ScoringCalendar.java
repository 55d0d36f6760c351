package org.bonetrack.scoring.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.bonetrack.shared.IsoWeek;
import org.jspecify.annotations.Nullable;

/**
 * Where a week stands for a patient: weeks are ISO weeks of her own calendar, so "now" is turned
 * into her local date first (a patient in Auckland starts her Monday half a day before London).
 */
public final class ScoringCalendar {

	private ScoringCalendar() {
	}

	/** A week relative to the patient's today. */
	public enum WeekState {

		COMPLETE, IN_PROGRESS, FUTURE

	}

	public static LocalDate today(Instant now, ZoneId zone) {
		return LocalDate.ofInstant(now, zone);
	}

	public static IsoWeek currentWeek(Instant now, ZoneId zone) {
		return IsoWeek.of(today(now, zone));
	}

	public static WeekState state(IsoWeek week, LocalDate today) {
		int order = week.compareTo(IsoWeek.of(today));
		return order < 0 ? WeekState.COMPLETE : order == 0 ? WeekState.IN_PROGRESS : WeekState.FUTURE;
	}

	/** The day to pass as {@link WeekData#today()}: the patient's today in its own week, else none. */
	public static @Nullable LocalDate todayIfIn(IsoWeek week, LocalDate today) {
		return week.contains(today) ? today : null;
	}

}
