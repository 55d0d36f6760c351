package org.bonetrack.accounts.web;

import org.bonetrack.accounts.AuthenticatedUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(@AuthenticationPrincipal AuthenticatedUser user, @RequestParam(required = false) String error,
			@RequestParam(required = false) String logout, @RequestParam(required = false) String deleted, Model model) {
		if (user != null) {
			return "redirect:/";
		}
		model.addAttribute("loginFailed", error != null);
		model.addAttribute("loggedOut", logout != null);
		model.addAttribute("accountDeleted", deleted != null);
		return "accounts/login";
	}

	/** Everyone starts at their role's home. */
	@GetMapping("/")
	String home(@AuthenticationPrincipal AuthenticatedUser user) {
		return "redirect:" + user.role().homePath();
	}

}
