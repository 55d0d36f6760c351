package org.bonetrack.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
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
		// A week belongs to the year of its Thursday. Plain arithmetic: a list of 500 patients asks for
		// thousands of weeks, and the IsoFields route cost a third of that page's CPU.
		LocalDate thursday = date.plusDays(4L - date.getDayOfWeek().getValue());
		return new IsoWeek(thursday.getYear(), (thursday.getDayOfYear() - 1) / 7 + 1);
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
		return week < weeksIn(year) ? new IsoWeek(year, week + 1) : new IsoWeek(year + 1, 1);
	}

	public IsoWeek previous() {
		return week > 1 ? new IsoWeek(year, week - 1) : new IsoWeek(year - 1, weeksIn(year - 1));
	}

	public IsoWeek minusWeeks(long weeks) {
		return of(monday().minusWeeks(weeks));
	}

	/** 53 when the year starts on a Thursday, or on a Wednesday in a leap year; 52 otherwise. */
	static int weeksIn(int year) {
		DayOfWeek first = LocalDate.of(year, 1, 1).getDayOfWeek();
		return first == DayOfWeek.THURSDAY || (first == DayOfWeek.WEDNESDAY && Year.isLeap(year)) ? 53 : 52;
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
