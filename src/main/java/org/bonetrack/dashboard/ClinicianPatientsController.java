package org.bonetrack.dashboard;

import java.util.List;
import java.util.Locale;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.patients.CareTeamPatient;
import org.bonetrack.patients.Patients;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The clinician's home: the patients on their care team. */
@Controller
class ClinicianPatientsController {

	private final Patients patients;

	ClinicianPatientsController(Patients patients) {
		this.patients = patients;
	}

	@GetMapping("/clinician/patients")
	String list(@AuthenticationPrincipal AuthenticatedUser clinician, @RequestParam(required = false) @Nullable String q,
			Model model) {
		String needle = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
		List<CareTeamPatient> team = patients.careTeam(clinician.id())
			.stream()
			.filter(patient -> patient.displayName().toLowerCase(Locale.ROOT).contains(needle)
					|| patient.email().toLowerCase(Locale.ROOT).contains(needle))
			.toList();
		patients.recordListing(clinician.id(), team.stream().map(CareTeamPatient::id).toList(), "patient list");
		model.addAttribute("patients", team);
		model.addAttribute("q", q);
		return "dashboard/clinician-patients";
	}

}
