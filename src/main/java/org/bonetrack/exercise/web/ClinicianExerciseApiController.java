package org.bonetrack.exercise.web;

import java.time.LocalDate;
import java.util.List;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.exercise.internal.ExerciseSessions;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A care-team patient's sessions as JSON, read-only; every read is audited. */
@RestController
@RequestMapping("/api/v1/patients/{patientId}/exercise-sessions")
class ClinicianExerciseApiController {

	private final ExerciseSessions sessions;

	private final Patients patients;

	ClinicianExerciseApiController(ExerciseSessions sessions, Patients patients) {
		this.sessions = sessions;
		this.patients = patients;
	}

	@GetMapping
	List<SessionJson.Response> list(@AuthenticationPrincipal AuthenticatedUser clinician,
			@PathVariable long patientId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		patients.careTeamPatient(clinician.id(), patientId);
		LocalDate end = to != null ? to : patients.today(patientId);
		LocalDate start = from != null ? from : end.minusDays(ExerciseApiController.DEFAULT_DAYS - 1);
		if (start.isAfter(end)) {
			throw InvalidInputException.of("from", "exercise.range.order");
		}
		patients.recordView(clinician.id(), patientId, "exercise sessions " + start + " to " + end + " (API)");
		return sessions.between(patientId, start, end).stream().map(SessionJson.Response::of).toList();
	}

	@GetMapping("/{sessionId}")
	SessionJson.Response get(@AuthenticationPrincipal AuthenticatedUser clinician, @PathVariable long patientId,
			@PathVariable long sessionId) {
		patients.careTeamPatient(clinician.id(), patientId);
		SessionJson.Response session = SessionJson.Response.of(sessions.find(patientId, sessionId));
		patients.recordView(clinician.id(), patientId, "exercise session " + sessionId + " (API)");
		return session;
	}

}
