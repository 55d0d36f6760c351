package org.bonetrack.accounts.internal;

import java.util.ArrayList;
import java.util.List;

import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.InvalidInputException.FieldProblem;

/** Passwords: at least 12 characters (long passphrases welcome), and typed the same twice. */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	public static void check(String password, String confirmation, String field, String confirmationField) {
		List<FieldProblem> problems = new ArrayList<>();
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			problems.add(new FieldProblem(field, "password.tooShort", MIN_LENGTH));
		}
		else if (password.length() > MAX_LENGTH) {
			problems.add(new FieldProblem(field, "password.tooLong", MAX_LENGTH));
		}
		else if (password.isBlank()) {
			problems.add(new FieldProblem(field, "password.blank"));
		}
		if (problems.isEmpty() && !password.equals(confirmation)) {
			problems.add(new FieldProblem(confirmationField, "password.mismatch"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
