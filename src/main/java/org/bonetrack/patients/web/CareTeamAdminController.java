package org.bonetrack.patients.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bonetrack.accounts.Accounts;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;
import org.bonetrack.patients.internal.CareTeamService;
import org.bonetrack.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins choose which clinicians care for a patient (no health data is shown here). */
@Controller
@RequestMapping("/admin/users/{id}/care-team")
class CareTeamAdminController {

	private final Patients patients;

	private final CareTeamService careTeams;

	private final Accounts accounts;

	CareTeamAdminController(Patients patients, CareTeamService careTeams, Accounts accounts) {
		this.patients = patients;
		this.careTeams = careTeams;
		this.accounts = accounts;
	}

	@GetMapping
	String show(@PathVariable long id, Model model) {
		PatientProfile patient = patients.profile(id);
		model.addAttribute("patientId", patient.patientId());
		model.addAttribute("patientName", patient.displayName());
		model.addAttribute("patientEmail", patient.email());
		model.addAttribute("clinicians", accounts.activeClinicians());
		model.addAttribute("assigned", careTeams.clinicianIds(id));
		return "patients/admin-care-team";
	}

	@PostMapping
	String assign(@PathVariable long id, @RequestParam(name = "clinicianIds", required = false) List<Long> clinicianIds,
			RedirectAttributes redirect) {
		PatientProfile patient = patients.profile(id);
		Set<Long> chosen = clinicianIds == null ? Set.of() : new LinkedHashSet<>(clinicianIds);
		try {
			careTeams.assign(patient.patientId(), chosen);
			redirect.addFlashAttribute("message", "The care team of " + patient.displayName() + " was saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("warning", "Only clinicians can be on a care team.");
		}
		return "redirect:/admin/users/" + id + "/care-team";
	}

}
