package org.bonetrack.exercise.web;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.exercise.ExerciseType;
import org.bonetrack.exercise.internal.Catalogue;
import org.bonetrack.exercise.internal.ExerciseSessions;
import org.bonetrack.exercise.internal.StoredSession;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.MassUnit;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A care-team patient's exercise log for her clinicians: read-only, every read audited. Loads in kg. */
@Controller
@RequestMapping("/clinician/patients/{patientId}/exercise")
class ClinicianExerciseController {

	private final ExerciseSessions sessions;

	private final Catalogue catalogue;

	private final Patients patients;

	ClinicianExerciseController(ExerciseSessions sessions, Catalogue catalogue, Patients patients) {
		this.sessions = sessions;
		this.catalogue = catalogue;
		this.patients = patients;
	}

	@GetMapping
	String list(@AuthenticationPrincipal AuthenticatedUser clinician, @PathVariable long patientId,
			@RequestParam(required = false) @Nullable String type, @RequestParam(defaultValue = "0") int page,
			Model model) {
		PatientProfile patient = patients.careTeamPatient(clinician.id(), patientId);
		ExerciseType filter = SessionListing.type(type);
		Page<StoredSession> found = sessions.page(patientId, filter, page, SessionListing.PAGE_SIZE);
		patients.recordView(clinician.id(), patientId, "exercise sessions, page " + (found.getNumber() + 1));
		model.addAttribute("patient", patient);
		model.addAttribute("weeks", SessionListing.groups(found, patientId, filter, sessions, presenter(patient)));
		model.addAttribute("sessions", found);
		model.addAttribute("types", ExerciseType.values());
		model.addAttribute("type", filter);
		model.addAttribute("linkBase", "/clinician/patients/" + patientId + "/exercise/");
		return "exercise/clinician-list";
	}

	@GetMapping("/{sessionId}")
	String show(@AuthenticationPrincipal AuthenticatedUser clinician, @PathVariable long patientId,
			@PathVariable long sessionId, Model model) {
		PatientProfile patient = patients.careTeamPatient(clinician.id(), patientId);
		StoredSession session = sessions.find(patientId, sessionId);
		patients.recordView(clinician.id(), patientId, "exercise session " + sessionId);
		model.addAttribute("patient", patient);
		model.addAttribute("detail", presenter(patient).detail(session));
		return "exercise/clinician-session";
	}

	private SessionPresenter presenter(PatientProfile patient) {
		return new SessionPresenter(catalogue.entries(), MassUnit.KG, patient.latestWeightKg());
	}

}
