package org.bonetrack.accounts.web;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.accounts.NewAccessToken;
import org.bonetrack.accounts.Role;
import org.bonetrack.accounts.internal.AccountService;
import org.bonetrack.accounts.internal.PersonalAccessTokenService;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.web.Forms;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone's own account: password and personal access tokens for the API. */
@Controller
@RequestMapping("/account")
class AccountController {

	private static final String VIEW = "accounts/account";

	private final AccountService accounts;

	private final PersonalAccessTokenService tokens;

	AccountController(AccountService accounts, PersonalAccessTokenService tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
	}

	@GetMapping
	String show(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
		model.addAttribute("passwordForm", new ChangePasswordForm("", "", ""));
		return render(user, model);
	}

	@PostMapping("/password")
	String changePassword(@ModelAttribute("passwordForm") ChangePasswordForm form, BindingResult result,
			@AuthenticationPrincipal AuthenticatedUser user, Model model, RedirectAttributes redirect) {
		try {
			accounts.changePassword(user.id(), form.currentPassword(), form.newPassword(), form.confirmPassword());
		}
		catch (InvalidInputException ex) {
			Forms.reject(result, ex);
			return render(user, model);
		}
		redirect.addFlashAttribute("message", "Your password was changed.");
		return "redirect:/account";
	}

	@PostMapping("/tokens")
	String createToken(@ModelAttribute("tokenForm") NewTokenForm form, BindingResult result,
			@AuthenticationPrincipal AuthenticatedUser user, Model model, RedirectAttributes redirect) {
		try {
			NewAccessToken token = tokens.create(user.id(), form.name());
			redirect.addFlashAttribute("newToken", token);
		}
		catch (InvalidInputException ex) {
			Forms.reject(result, ex);
			redirect.addFlashAttribute("warning", "The token needs a name of at most 100 characters (at most 20 active tokens).");
		}
		return "redirect:" + tokensPage(user);
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id, @AuthenticationPrincipal AuthenticatedUser user,
			RedirectAttributes redirect) {
		tokens.revoke(user.id(), id);
		redirect.addFlashAttribute("message", "The token was revoked; it no longer works.");
		return "redirect:" + tokensPage(user);
	}

	private String render(AuthenticatedUser user, Model model) {
		model.addAttribute("tokens", tokens.list(user.id()));
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new NewTokenForm(""));
		}
		return VIEW;
	}

	/** Patients manage their tokens on their profile page; everyone else here. */
	private static String tokensPage(AuthenticatedUser user) {
		return user.hasRole(Role.PATIENT) ? "/me/profile#tokens" : "/account#tokens";
	}

	record ChangePasswordForm(String currentPassword, String newPassword, String confirmPassword) {
	}

	record NewTokenForm(String name) {
	}

}
