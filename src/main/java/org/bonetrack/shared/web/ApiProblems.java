package org.bonetrack.shared.web;

import java.util.List;
import java.util.Locale;

import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.RecordNotFoundException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns the JSON API's errors into RFC 9457 problem details. Validation problems are 400 with
 * {@code errors: [{field, message}]}; someone else's record is 404; a stale update is 409. The
 * text of an unexpected exception never reaches the client.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		return validationProblem(ex.problems()
			.stream()
			.map(problem -> new FieldMessage(problem.field(),
					messages.getMessage(problem.code(), problem.args(), problem.code(), locale)))
			.toList());
	}

	@ExceptionHandler(RecordNotFoundException.class)
	ProblemDetail notFound(RecordNotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
		problem.setDetail("No such record.");
		return problem;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail staleUpdate(OptimisticLockingFailureException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
		problem.setDetail("The record was changed by someone else since you read it. Read it again and retry.");
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return validationProblem(List.of(new FieldMessage(ex.getName(), "has an invalid value")));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(validationProblem(fieldMessages(ex.getBindingResult())));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldMessage> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldMessage(result.getMethodParameter().getParameterName(),
						messages.getMessage(error, locale))))
			.toList();
		return ResponseEntity.badRequest().body(validationProblem(errors));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = unreadableField(ex);
		ProblemDetail problem = field == null ? badBody()
				: validationProblem(List.of(new FieldMessage(field, "has a value of the wrong type or format")));
		return ResponseEntity.badRequest().body(problem);
	}

	private static ProblemDetail badBody() {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setDetail("The request body is not valid JSON for this endpoint.");
		return problem;
	}

	/** The JSON path of the value Jackson could not read, e.g. {@code sets[0].reps}. */
	private static @Nullable String unreadableField(HttpMessageNotReadableException ex) {
		if (!(ex.getCause() instanceof DatabindException databind) || databind.getPath().isEmpty()) {
			return null;
		}
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : databind.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? null : path.toString();
	}

	private List<FieldMessage> fieldMessages(BindingResult result) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldMessage> errors = new java.util.ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.add(new FieldMessage(error.getField(), messages.getMessage(error, locale)));
		}
		result.getGlobalErrors()
			.forEach(error -> errors.add(new FieldMessage(error.getObjectName(), messages.getMessage(error, locale))));
		return errors;
	}

	static ProblemDetail validationProblem(List<FieldMessage> errors) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle("Invalid input");
		problem.setDetail("Some fields are invalid; nothing was saved.");
		problem.setProperty("errors", errors);
		return problem;
	}

	/** One entry of a validation problem's {@code errors} list. */
	record FieldMessage(String field, String message) {
	}

}
