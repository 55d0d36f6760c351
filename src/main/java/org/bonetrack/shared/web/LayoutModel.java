package org.bonetrack.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the shared layout needs on every page. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

	/** The request path, so the navigation can mark the current page with aria-current. */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return path(request);
	}

	/** The main navigation of whoever is signed in, the current page marked. */
	@ModelAttribute("navigation")
	List<Navigation.Link> navigation(HttpServletRequest request) {
		return navigationFor(request);
	}

	/** Gives a view made by an exception handler (whose model starts empty) what the layout needs. */
	static void addTo(ModelAndView view, HttpServletRequest request) {
		view.addObject("currentPath", path(request));
		view.addObject("navigation", navigationFor(request));
	}

	private static List<Navigation.Link> navigationFor(HttpServletRequest request) {
		return Navigation.of(SecurityContextHolder.getContext().getAuthentication(), path(request));
	}

	static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * The current URL with its filters but without {@code page}, ending in {@code ?} or {@code &},
	 * so the pagination fragment can append {@code page=n} and keep the filters.
	 */
	@ModelAttribute("pageLinkBase")
	String pageLinkBase() {
		String base = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").build().toUriString();
		return base + (base.contains("?") ? "&" : "?");
	}

}
