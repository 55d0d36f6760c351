package org.bonetrack.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week (Monday to Sunday), written like {@code 2026-W48}. Week-based years differ
 * from calendar years around New Year: 2026-12-31 belongs to 2026-W53 and 2027-01-04 to 2027-W01.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

	public IsoWeek {
		if (week < 1 || week > weeksIn(year)) {
			throw new IllegalArgumentException("Week " + week + " does not exist in " + year);
		}
	}

	public static IsoWeek of(LocalDate date) {
		return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/** Parses {@code 2026-W48}; throws {@link DateTimeParseException} for anything else. */
	public static IsoWeek parse(CharSequence text) {
		Matcher matcher = FORMAT.matcher(text);
		if (!matcher.matches()) {
			throw new DateTimeParseException("Not an ISO week (expected e.g. 2026-W48)", text, 0);
		}
		int year = Integer.parseInt(matcher.group(1));
		int week = Integer.parseInt(matcher.group(2));
		if (week < 1 || week > weeksIn(year)) {
			throw new DateTimeParseException("Week " + week + " does not exist in " + year, text, 6);
		}
		return new IsoWeek(year, week);
	}

	public LocalDate monday() {
		// week 1 is the week with 4 January in it; plain arithmetic, as lists ask for thousands of Mondays
		LocalDate fourthOfJanuary = LocalDate.of(year, 1, 4);
		return fourthOfJanuary.minusDays(fourthOfJanuary.getDayOfWeek().getValue() - 1L).plusWeeks(week - 1L);
	}

	public LocalDate sunday() {
		return monday().plusDays(6);
	}

	public boolean contains(LocalDate date) {
		return of(date).equals(this);
	}

	public IsoWeek next() {
		return of(monday().plusWeeks(1));
	}

	public IsoWeek previous() {
		return of(monday().minusWeeks(1));
	}

	public IsoWeek minusWeeks(long weeks) {
		return of(monday().minusWeeks(weeks));
	}

	private static int weeksIn(int year) {
		// 28 December always lies in the last ISO week of its year.
		return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
	}

	@Override
	public int compareTo(IsoWeek other) {
		return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
	}

	@Override
	public String toString() {
		// written for every week link and score row of a page: String.format cost a visible share of it
		if (year >= 1000 && year <= 9999) {
			return year + (week < 10 ? "-W0" : "-W") + week;
		}
		return "%04d-W%02d".formatted(year, week);
	}

}
