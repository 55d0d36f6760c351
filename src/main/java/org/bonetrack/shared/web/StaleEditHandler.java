package org.bonetrack.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
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
		// exception handlers get a fresh model: give the layout what LayoutModel gives every page
		ModelAndView view = new ModelAndView("error/409");
		String path = LayoutModel.path(request);
		view.addObject("currentPath", path);
		view.addObject("navigation", Navigation.of(SecurityContextHolder.getContext().getAuthentication(), path));
		return view;
	}

}
