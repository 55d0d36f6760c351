package org.bonetrack.nutrition.web;

import java.time.LocalDate;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A care-team patient's nutrition pages, read-only; every read is audited. */
@Controller
@RequestMapping("/clinician/patients/{patientId}/nutrition")
class ClinicianNutritionController {

	private final Patients patients;

	private final NutritionViews views;

	ClinicianNutritionController(Patients patients, NutritionViews views) {
		this.patients = patients;
		this.views = views;
	}

	@GetMapping
	String days(@AuthenticationPrincipal AuthenticatedUser clinician, @PathVariable long patientId,
			@RequestParam(defaultValue = "0") int page, Model model) {
		PatientProfile profile = patients.careTeamPatient(clinician.id(), patientId);
		LocalDate today = patients.today(patientId);
		var days = views.days(profile, today, page);
		patients.recordView(clinician.id(), patientId, "nutrition days, page " + (days.getNumber() + 1));
		model.addAttribute("patient", profile);
		model.addAttribute("page", days);
		model.addAttribute("headers", views.headers(profile.vitaminDUnit()));
		model.addAttribute("targets", views.targets(profile));
		model.addAttribute("base", "/clinician/patients/" + patientId + "/nutrition");
		return "nutrition/clinician-days";
	}

	@GetMapping("/{date}")
	String day(@AuthenticationPrincipal AuthenticatedUser clinician, @PathVariable long patientId,
			@PathVariable LocalDate date, Model model) {
		PatientProfile profile = patients.careTeamPatient(clinician.id(), patientId);
		patients.recordView(clinician.id(), patientId, "nutrition on " + date);
		model.addAttribute("patient", profile);
		model.addAttribute("day", views.day(profile, date, patients.today(patientId)));
		model.addAttribute("headers", views.headers(profile.vitaminDUnit()));
		model.addAttribute("base", "/clinician/patients/" + patientId + "/nutrition");
		return "nutrition/clinician-day";
	}

}
