package org.bonetrack.shared;

import java.util.List;

/**
 * Input that breaks a domain rule, reported per field with a message code, so that pages can
 * show it beside the field and the API can name the field in its problem details.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super("Invalid input: " + problems);
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("An invalid input needs at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	public static InvalidInputException of(String field, String code, Object... args) {
		return new InvalidInputException(List.of(new FieldProblem(field, code, args)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/** One field's problem: a message code (see the i18n bundles) and its arguments. */
	public record FieldProblem(String field, String code, Object... args) {
	}

}
