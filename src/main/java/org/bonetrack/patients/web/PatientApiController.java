package org.bonetrack.patients.web;

import java.time.LocalDate;
import java.util.List;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.patients.CareTeamPatient;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A clinician's care team as JSON; every read is audited. */
@RestController
@RequestMapping("/api/v1/patients")
class PatientApiController {

	private final Patients patients;

	PatientApiController(Patients patients) {
		this.patients = patients;
	}

	@GetMapping
	List<PatientSummary> careTeam(@AuthenticationPrincipal AuthenticatedUser clinician) {
		List<CareTeamPatient> team = patients.careTeam(clinician.id());
		patients.recordListing(clinician.id(), team.stream().map(CareTeamPatient::id).toList(), "patient list (API)");
		return team.stream().map(PatientSummary::of).toList();
	}

	@GetMapping("/{id}")
	PatientSummary patient(@AuthenticationPrincipal AuthenticatedUser clinician, @PathVariable long id) {
		PatientProfile profile = patients.careTeamPatient(clinician.id(), id);
		patients.recordView(clinician.id(), id, "patient summary (API)");
		return new PatientSummary(profile.patientId(), profile.email(), profile.displayName(), profile.birthDate(),
				profile.anastrozoleStart());
	}

	record PatientSummary(long id, String email, String displayName, @Nullable LocalDate birthDate,
			@Nullable LocalDate anastrozoleStart) {

		static PatientSummary of(CareTeamPatient patient) {
			return new PatientSummary(patient.id(), patient.email(), patient.displayName(), patient.birthDate(),
					patient.anastrozoleStart());
		}

	}

}
