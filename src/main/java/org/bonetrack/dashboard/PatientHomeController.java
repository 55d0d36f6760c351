package org.bonetrack.dashboard;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.patients.Patients;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The patient's home page. */
@Controller
class PatientHomeController {

	private final Patients patients;

	PatientHomeController(Patients patients) {
		this.patients = patients;
	}

	@GetMapping("/me")
	String home(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
		model.addAttribute("profile", patients.profile(user.id()));
		return "dashboard/patient-home";
	}

}
