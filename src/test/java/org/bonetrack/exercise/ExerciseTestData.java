package org.bonetrack.exercise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.bonetrack.exercise.internal.SessionInput;
import org.bonetrack.exercise.internal.SessionInput.ImpactInput;
import org.bonetrack.exercise.internal.SessionInput.SetInput;

/** Sessions for tests, made up. */
final class ExerciseTestData {

	private ExerciseTestData() {
	}

	static SessionInput resistance(LocalDate date) {
		return new SessionInput(date, null, "RESISTANCE", 45, 7, "Felt strong",
				List.of(new SetInput("squat", 10, new BigDecimal("20"), true, null),
						new SetInput("squat", 8, new BigDecimal("40"), false, 2),
						new SetInput("deadlift", 6, new BigDecimal("50"), false, 3)),
				List.of(), null, null, null);
	}

	static SessionInput impact(LocalDate date, int hops) {
		return new SessionInput(date, null, "IMPACT", 10, null, null, List.of(),
				List.of(new ImpactInput("hops", hops), new ImpactInput("counter-movement-jump", 20)), null, null, null);
	}

	static SessionInput walk(LocalDate date, int minutes) {
		return new SessionInput(date, null, "WALK", minutes, null, null, List.of(), List.of(), null,
				new BigDecimal("3.2"), 4500);
	}

}
