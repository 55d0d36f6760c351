package org.bonetrack.accounts.web;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.accounts.Accounts;
import org.bonetrack.accounts.Invitation;
import org.bonetrack.accounts.InvitationLinks;
import org.bonetrack.accounts.NewAccount;
import org.bonetrack.accounts.Role;
import org.bonetrack.accounts.UserSummary;
import org.bonetrack.accounts.internal.AccountService;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.RecordNotFoundException;
import org.bonetrack.shared.web.Forms;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins list, create, deactivate and reactivate accounts, and hand out invitation links. */
@Controller
@RequestMapping("/admin/users")
class AdminUserController {

	private static final int PAGE_SIZE = 25;

	private final AccountService accountService;

	private final Accounts accounts;

	private final InvitationLinks links;

	AdminUserController(AccountService accountService, Accounts accounts, InvitationLinks links) {
		this.accountService = accountService;
		this.accounts = accounts;
		this.links = links;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Role role,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("roles", Role.values());
		model.addAttribute("users", accountService.search(q, role, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return "accounts/admin-users";
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		model.addAttribute("form", new NewAccountForm("", "", Role.PATIENT));
		return "accounts/admin-user-new";
	}

	@PostMapping
	String create(@ModelAttribute("form") NewAccountForm form, BindingResult result,
			@AuthenticationPrincipal AuthenticatedUser admin, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "accounts/admin-user-new";
		}
		try {
			Invitation invitation = accountService.create(form.toNewAccount(), admin.id());
			redirect.addFlashAttribute("invitationLink", links.absolute(invitation));
			redirect.addFlashAttribute("message", "Account created. Give the invitation link below to "
					+ invitation.user().displayName() + "; it works once, for 7 days.");
			return "redirect:/admin/users/" + invitation.user().id();
		}
		catch (InvalidInputException ex) {
			Forms.reject(result, ex);
			return "accounts/admin-user-new";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("user", find(id));
		return "accounts/admin-user";
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @AuthenticationPrincipal AuthenticatedUser admin,
			RedirectAttributes redirect) {
		return changeStatus(id, false, admin, redirect);
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable long id, @AuthenticationPrincipal AuthenticatedUser admin,
			RedirectAttributes redirect) {
		return changeStatus(id, true, admin, redirect);
	}

	@PostMapping("/{id}/invitation")
	String reissue(@PathVariable long id, @AuthenticationPrincipal AuthenticatedUser admin,
			RedirectAttributes redirect) {
		Invitation invitation = accountService.reissueInvitation(find(id).id(), admin.id());
		redirect.addFlashAttribute("invitationLink", links.absolute(invitation));
		redirect.addFlashAttribute("message", "A new invitation link was issued; earlier links no longer work.");
		return "redirect:/admin/users/" + id;
	}

	private String changeStatus(long id, boolean enabled, AuthenticatedUser admin, RedirectAttributes redirect) {
		UserSummary user = find(id);
		try {
			accountService.setEnabled(user.id(), enabled, admin.id());
			redirect.addFlashAttribute("message",
					user.displayName() + (enabled ? " can sign in again." : " can no longer sign in."));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("warning", "You cannot deactivate your own account.");
		}
		return "redirect:/admin/users/" + id;
	}

	private UserSummary find(long id) {
		return accounts.find(id).orElseThrow(() -> RecordNotFoundException.of("Account", id));
	}

	record NewAccountForm(String email, String displayName, Role role) {

		NewAccount toNewAccount() {
			return new NewAccount(email, displayName, role);
		}

	}

}
