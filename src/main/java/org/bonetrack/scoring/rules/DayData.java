package org.bonetrack.scoring.rules;

import java.time.LocalDate;
import java.util.List;

/** What the patient logged on one day of the week (a date in their own time zone). */
public record DayData(LocalDate date, List<ExerciseSession> sessions, NutritionDay nutrition) {

	public DayData {
		sessions = List.copyOf(sessions);
	}

	public static DayData empty(LocalDate date) {
		return new DayData(date, List.of(), NutritionDay.NOT_LOGGED);
	}

}
