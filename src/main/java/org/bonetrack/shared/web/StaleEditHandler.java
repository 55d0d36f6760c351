package org.bonetrack.shared.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A page's edit lost the race with another edit: say so instead of overwriting it. */
@ControllerAdvice(annotations = Controller.class)
class StaleEditHandler {

	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String staleEdit() {
		return "error/409";
	}

}
