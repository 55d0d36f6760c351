package org.bonetrack.exercise.internal.imports;

/** A line of the file that cannot be imported, and why (a message code and its arguments). */
public record RowProblem(long line, String code, Object... args) {
}
