package org.bonetrack.exercise;

/** The kinds of session a patient logs; each carries different details (DESIGN.md §3). */
public enum ExerciseType {

	/** Exercises with sets: reps, load, warm-up or working, optional reps in reserve. */
	RESISTANCE("Resistance"),
	/** Impact activities with a count of impacts each. */
	IMPACT("Impact"),
	/** Walking with a weighted vest: vest load, duration, optional distance and steps. */
	WEIGHTED_VEST_WALK("Weighted-vest walk"),
	WALK("Walk"),
	SWIM("Swim"),
	CYCLE("Cycle"),
	OTHER("Other");

	private final String label;

	ExerciseType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the duration must be given: it is what these sessions are measured by. */
	public boolean needsDuration() {
		return this != RESISTANCE && this != IMPACT;
	}

	public boolean carriesDistance() {
		return this != RESISTANCE;
	}

	public boolean carriesSteps() {
		return this != RESISTANCE && this != IMPACT;
	}

}
