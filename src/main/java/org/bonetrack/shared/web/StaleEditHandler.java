package org.bonetrack.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** A page's edit lost the race with another edit: say so instead of overwriting it. */
@ControllerAdvice(annotations = Controller.class)
class StaleEditHandler {

	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView staleEdit(HttpServletRequest request) {
		// @ModelAttribute methods do not run for exception handlers: give the layout what it needs.
		return new ModelAndView("error/409", Map.of("currentPath",
				request.getRequestURI().substring(request.getContextPath().length())));
	}

}
