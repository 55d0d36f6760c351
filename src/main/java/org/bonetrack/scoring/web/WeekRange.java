package org.bonetrack.scoring.web;

import java.time.format.DateTimeParseException;

import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.IsoWeek;
import org.jspecify.annotations.Nullable;

/**
 * The {@code from} and {@code to} weeks of an API request (e.g. 2026-W01): by default the last
 * twelve weeks and the current one; at most three years at a time.
 */
record WeekRange(IsoWeek from, IsoWeek to) {

	static final int DEFAULT_WEEKS = 13;

	static final int MAX_WEEKS = 157;

	static WeekRange of(@Nullable String from, @Nullable String to, IsoWeek current) {
		IsoWeek end = to == null || to.isBlank() ? current : parse("to", to);
		IsoWeek start = from == null || from.isBlank() ? end.minusWeeks(DEFAULT_WEEKS - 1L) : parse("from", from);
		if (start.compareTo(end) > 0) {
			throw InvalidInputException.of("from", "scores.range.order");
		}
		if (start.compareTo(end.minusWeeks(MAX_WEEKS - 1L)) < 0) {
			throw InvalidInputException.of("from", "scores.range.tooLong", MAX_WEEKS);
		}
		return new WeekRange(start, end);
	}

	static IsoWeek parse(String field, String text) {
		try {
			return IsoWeek.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of(field, "scores.week.invalid");
		}
	}

}
