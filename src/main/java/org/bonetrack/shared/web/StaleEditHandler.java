package org.bonetrack.shared.web;

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
		ModelAndView view = new ModelAndView("error/409");
		LayoutModel.addTo(view, request);
		return view;
	}

}
