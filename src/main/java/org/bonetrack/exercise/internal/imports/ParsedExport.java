package org.bonetrack.exercise.internal.imports;

import java.util.List;

/**
 * An export read into rows. {@code format} names the header generation found; {@code unitAsked}
 * says whether weights had no unit in the file, so the patient's answer (kg or lb) was used.
 */
record ParsedExport(String format, boolean unitAsked, String distanceUnit, List<WorkoutRow> rows,
		List<RowProblem> problems, int restRows) {
}
