package org.bonetrack.accounts.web;

import java.util.Optional;

import org.bonetrack.accounts.UserSummary;
import org.bonetrack.accounts.internal.InvitationService;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.web.Forms;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The invitee sets a password through their one-time link. */
@Controller
class InvitationController {

	private static final String FORM = "accounts/invitation";

	private static final String INVALID = "accounts/invitation-invalid";

	private final InvitationService invitations;

	InvitationController(InvitationService invitations) {
		this.invitations = invitations;
	}

	@GetMapping("/invite/{token}")
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		Optional<UserSummary> account = invitations.pending(token);
		if (account.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return INVALID;
		}
		model.addAttribute("account", account.get());
		model.addAttribute("token", token);
		model.addAttribute("form", new SetPasswordForm("", ""));
		return FORM;
	}

	@PostMapping("/invite/{token}")
	String accept(@PathVariable String token, @ModelAttribute("form") SetPasswordForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Optional<UserSummary> account = invitations.pending(token);
		if (account.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return INVALID;
		}
		try {
			if (!invitations.accept(token, form.password(), form.confirmPassword())) {
				response.setStatus(HttpStatus.NOT_FOUND.value());
				return INVALID;
			}
		}
		catch (InvalidInputException ex) {
			Forms.reject(result, ex);
			model.addAttribute("account", account.get());
			model.addAttribute("token", token);
			return FORM;
		}
		redirect.addFlashAttribute("message", "Your password is set. Sign in with your e-mail and new password.");
		return "redirect:/login";
	}

	record SetPasswordForm(String password, String confirmPassword) {
	}

}
