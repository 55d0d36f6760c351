package org.bonetrack.dashboard;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.dashboard.internal.PatientHome;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The patient's home: this week so far, the most useful next step, the last 12 weeks, the latest
 * DEXA and today's nutrients. A new patient sees what to do first instead of empty figures.
 */
@Controller
class PatientHomeController {

	private final PatientHome home;

	PatientHomeController(PatientHome home) {
		this.home = home;
	}

	@GetMapping("/me")
	String home(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
		PatientHome.View view = home.of(user.id());
		model.addAttribute("profile", view.profile());
		model.addAttribute("today", view.today());
		model.addAttribute("newPatient", view.newPatient());
		model.addAttribute("thisWeek", view.thisWeek());
		model.addAttribute("progress", view.progress());
		model.addAttribute("nextStep", view.nextStep());
		model.addAttribute("weeks", view.weeks());
		model.addAttribute("scan", view.scan());
		model.addAttribute("sinceBaseline", view.sinceBaseline());
		model.addAttribute("nextScanDue", view.nextScanDue());
		model.addAttribute("nutrients", view.nutrients());
		model.addAttribute("loggedToday", view.loggedToday());
		return "dashboard/patient-home";
	}

}
