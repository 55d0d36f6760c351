package org.bonetrack.dashboard;

import java.time.LocalDate;
import java.time.Period;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One patient as her care team sees her. Every read is audited. */
@Controller
class ClinicianPatientController {

	private final Patients patients;

	ClinicianPatientController(Patients patients) {
		this.patients = patients;
	}

	@GetMapping("/clinician/patients/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal AuthenticatedUser clinician, Model model) {
		PatientProfile patient = patients.careTeamPatient(clinician.id(), id);
		patients.recordView(clinician.id(), id, "patient detail");
		LocalDate today = patients.today(id);
		model.addAttribute("patient", patient);
		model.addAttribute("age", patient.ageOn(today));
		model.addAttribute("monthsOnAnastrozole", patient.anastrozoleStart() == null ? null
				: Period.between(patient.anastrozoleStart(), today).toTotalMonths());
		model.addAttribute("context", patient.clinicalContext());
		model.addAttribute("notes", patients.clinicalNotes(id));
		return "dashboard/clinician-patient";
	}

}
