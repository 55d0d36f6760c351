package org.bonetrack.scoring.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.bonetrack.shared.IsoWeek;
import org.jspecify.annotations.Nullable;

/**
 * One ISO week of a patient's logs, Monday to Sunday in her time zone: always seven days, in
 * order. {@code today} is set while the week is still running (it is the patient's today, a day
 * of this week); a complete week has none.
 */
public record WeekData(IsoWeek week, List<DayData> days, @Nullable LocalDate today) {

	public WeekData {
		if (days.size() != 7) {
			throw new IllegalArgumentException("A week has seven days, not " + days.size());
		}
		LocalDate monday = week.monday();
		for (int i = 0; i < 7; i++) {
			if (!days.get(i).date().equals(monday.plusDays(i))) {
				throw new IllegalArgumentException("Day " + i + " of " + week + " is " + days.get(i).date());
			}
		}
		if (today != null && !week.contains(today)) {
			throw new IllegalArgumentException(today + " is not in " + week);
		}
		days = List.copyOf(days);
	}

	/** Builds a week from the days that have data, in any order; the other days are empty. */
	public static WeekData of(IsoWeek week, Collection<DayData> daysWithData, @Nullable LocalDate today) {
		List<DayData> days = new ArrayList<>(7);
		for (int i = 0; i < 7; i++) {
			days.add(DayData.empty(week.monday().plusDays(i)));
		}
		for (DayData day : daysWithData) {
			if (!week.contains(day.date())) {
				throw new IllegalArgumentException(day.date() + " is not in " + week);
			}
			days.set(day.date().getDayOfWeek().getValue() - 1, day);
		}
		return new WeekData(week, days, today);
	}

	public static WeekData empty(IsoWeek week) {
		return of(week, List.of(), null);
	}

	public boolean inProgress() {
		return today != null;
	}

	/** Whether the day has been reached: every day of a complete week, up to today otherwise. */
	public boolean reached(LocalDate date) {
		return today == null || !date.isAfter(today);
	}

	public static Builder builder(IsoWeek week) {
		return new Builder(week);
	}

	/** Assembles a week day by day; handy for mappers from the logging modules and for tests. */
	public static final class Builder {

		private final IsoWeek week;

		private final List<List<ExerciseSession>> sessions = new ArrayList<>();

		private final NutritionDay[] nutrition = new NutritionDay[7];

		private @Nullable LocalDate today;

		private Builder(IsoWeek week) {
			this.week = week;
			for (int i = 0; i < 7; i++) {
				sessions.add(new ArrayList<>());
				nutrition[i] = NutritionDay.NOT_LOGGED;
			}
		}

		public Builder session(LocalDate date, ExerciseSession session) {
			sessions.get(index(date)).add(session);
			return this;
		}

		public Builder nutrition(LocalDate date, NutritionDay day) {
			nutrition[index(date)] = day;
			return this;
		}

		public Builder today(@Nullable LocalDate date) {
			this.today = date;
			return this;
		}

		/** A session on the n-th day of the week (1 = Monday). */
		public Builder session(int dayOfWeek, ExerciseSession session) {
			return session(week.monday().plusDays(dayOfWeek - 1L), session);
		}

		public Builder nutrition(int dayOfWeek, NutritionDay day) {
			return nutrition(week.monday().plusDays(dayOfWeek - 1L), day);
		}

		public WeekData build() {
			List<DayData> days = new ArrayList<>(7);
			for (int i = 0; i < 7; i++) {
				days.add(new DayData(week.monday().plusDays(i), sessions.get(i), nutrition[i]));
			}
			return new WeekData(week, days, today);
		}

		private int index(LocalDate date) {
			if (!week.contains(date)) {
				throw new IllegalArgumentException(date + " is not in " + week);
			}
			return date.getDayOfWeek().getValue() - 1;
		}

	}

}
