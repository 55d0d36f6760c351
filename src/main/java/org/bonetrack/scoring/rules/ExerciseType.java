package org.bonetrack.scoring.rules;

/** The kinds of exercise session the engine tells apart (DESIGN.md §3 "Exercise session"). */
public enum ExerciseType {

	RESISTANCE, IMPACT, WEIGHTED_VEST_WALK, WALK, SWIM, CYCLE, OTHER

}
