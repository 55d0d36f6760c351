package org.bonetrack.nutrition.web;

import java.util.Map;

import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.InvalidInputException.FieldProblem;
import org.bonetrack.shared.web.Forms;

import org.springframework.validation.BindingResult;

/**
 * Puts a domain rule's problems on a page form whose fields are named differently: the service
 * speaks of {@code grams} and {@code portions}, the page has one {@code amount} with a unit.
 * A field renamed to the empty string becomes a problem of the whole form.
 */
final class PageProblems {

	private PageProblems() {
	}

	static void reject(BindingResult result, InvalidInputException ex, Map<String, String> renames) {
		for (FieldProblem problem : ex.problems()) {
			String field = renames.getOrDefault(problem.field(), problem.field());
			if (field.isEmpty()) {
				result.reject(problem.code(), problem.args(), null);
			}
			else {
				Forms.reject(result, new InvalidInputException(
						java.util.List.of(new FieldProblem(field, problem.code(), problem.args()))));
			}
		}
	}

}
