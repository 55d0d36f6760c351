package org.bonetrack.patients.web;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.accounts.Invitation;
import org.bonetrack.accounts.NewAccount;
import org.bonetrack.accounts.Role;
import org.bonetrack.accounts.InvitationLinks;
import org.bonetrack.patients.internal.PatientOnboarding;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.web.Forms;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A clinician creates a patient account, which joins their care team, and gets its link. */
@Controller
class ClinicianNewPatientController {

	private static final String VIEW = "patients/clinician-patient-new";

	private final PatientOnboarding onboarding;

	private final InvitationLinks links;

	ClinicianNewPatientController(PatientOnboarding onboarding, InvitationLinks links) {
		this.onboarding = onboarding;
		this.links = links;
	}

	@GetMapping("/clinician/patients/new")
	String form(Model model) {
		model.addAttribute("form", new NewPatientForm("", ""));
		return VIEW;
	}

	@PostMapping("/clinician/patients/new")
	String create(@ModelAttribute("form") NewPatientForm form, BindingResult result,
			@AuthenticationPrincipal AuthenticatedUser clinician, RedirectAttributes redirect) {
		try {
			Invitation invitation = onboarding.createPatient(
					new NewAccount(form.email(), form.displayName(), Role.PATIENT), clinician.id());
			redirect.addFlashAttribute("invitationLink", links.absolute(invitation));
			redirect.addFlashAttribute("message", invitation.user().displayName()
					+ " is on your care team. Give them the invitation link below; it works once, for 7 days.");
			return "redirect:/clinician/patients";
		}
		catch (InvalidInputException ex) {
			Forms.reject(result, ex);
			return VIEW;
		}
	}

	record NewPatientForm(String email, String displayName) {
	}

}
