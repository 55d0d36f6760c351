package org.bonetrack.exercise.internal.imports;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Workout durations as Strong writes them: free text ({@code 38min}, {@code 1h 13m}, {@code 45s},
 * localised units) or clock time ({@code 1:05:00}). Returns seconds.
 */
final class Durations {

	private static final Pattern PART = Pattern.compile(
			"(\\d+(?:[.,]\\d+)?)\\s*(hours|hour|hrs|hr|h|stunden|stunde|std|minutes|minute|minuten|mins|min|mn|m|seconds|second|secs|sec|sekunden|sek|s)\\.?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CLOCK = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{2})");

	private Durations() {
	}

	static @Nullable Integer seconds(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip().toLowerCase(Locale.ROOT);
		Matcher clock = CLOCK.matcher(value);
		if (clock.matches()) {
			int hours = clock.group(1) == null ? 0 : Integer.parseInt(clock.group(1));
			return hours * 3600 + Integer.parseInt(clock.group(2)) * 60 + Integer.parseInt(clock.group(3));
		}
		if (value.matches("\\d+")) {
			// A bare number in a free-text duration column: minutes.
			return Integer.parseInt(value) * 60;
		}
		Matcher part = PART.matcher(value);
		double seconds = 0;
		int end = 0;
		boolean found = false;
		while (part.find()) {
			if (!value.substring(end, part.start()).isBlank()) {
				return null;
			}
			double amount = Double.parseDouble(part.group(1).replace(',', '.'));
			String unit = part.group(2);
			seconds += switch (unit.charAt(0)) {
				case 'h' -> amount * 3600;
				case 's' -> unit.startsWith("std") || unit.startsWith("stu") ? amount * 3600 : amount;
				default -> amount * 60;
			};
			end = part.end();
			found = true;
		}
		return found && value.substring(end).isBlank() ? (int) Math.round(seconds) : null;
	}

	/** Whole minutes, at least one for any positive time. */
	static @Nullable Integer minutes(@Nullable Integer seconds) {
		if (seconds == null || seconds <= 0) {
			return null;
		}
		return Math.max(1, (int) Math.round(seconds / 60.0));
	}

}
