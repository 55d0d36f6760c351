package org.bonetrack.shared.web;

import org.bonetrack.shared.InvalidInputException;

import org.springframework.validation.BindingResult;

/** Helpers for page controllers that bind forms to records. */
public final class Forms {

	private Forms() {
	}

	/**
	 * Puts a domain rule's problems beside their fields, so the form is shown again with what
	 * was typed and a message next to each field in error.
	 */
	public static void reject(BindingResult result, InvalidInputException ex) {
		for (InvalidInputException.FieldProblem problem : ex.problems()) {
			if (result.getFieldType(problem.field()) != null || hasProperty(result, problem.field())) {
				result.rejectValue(problem.field(), problem.code(), problem.args(), null);
			}
			else {
				result.reject(problem.code(), problem.args(), null);
			}
		}
	}

	private static boolean hasProperty(BindingResult result, String field) {
		try {
			result.getFieldValue(field);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
