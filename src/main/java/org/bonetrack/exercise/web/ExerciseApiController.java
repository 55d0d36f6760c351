package org.bonetrack.exercise.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.exercise.internal.ExerciseSessions;
import org.bonetrack.exercise.internal.StoredSession;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.MassUnit;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The patient's own sessions as JSON; loads are always kilograms here. */
@RestController
@RequestMapping("/api/v1/me/exercise-sessions")
class ExerciseApiController {

	/** Without {@code from}, a list covers the 90 days up to {@code to} (default today). */
	static final int DEFAULT_DAYS = 90;

	private final ExerciseSessions sessions;

	private final Patients patients;

	ExerciseApiController(ExerciseSessions sessions, Patients patients) {
		this.sessions = sessions;
		this.patients = patients;
	}

	/** Sessions dated {@code from} to {@code to}, both included, oldest first. */
	@GetMapping
	List<SessionJson.Response> list(@AuthenticationPrincipal AuthenticatedUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		LocalDate end = to != null ? to : patients.today(user.id());
		LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
		if (start.isAfter(end)) {
			throw InvalidInputException.of("from", "exercise.range.order");
		}
		return sessions.between(user.id(), start, end).stream().map(SessionJson.Response::of).toList();
	}

	@PostMapping
	ResponseEntity<SessionJson.Response> create(@AuthenticationPrincipal AuthenticatedUser user,
			@RequestBody SessionJson.Request request) {
		StoredSession saved = sessions.create(user.id(), request.toInput(), MassUnit.KG);
		return ResponseEntity.created(URI.create("/api/v1/me/exercise-sessions/" + saved.id()))
			.body(SessionJson.Response.of(saved));
	}

	@GetMapping("/{id}")
	SessionJson.Response get(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id) {
		return SessionJson.Response.of(sessions.find(user.id(), id));
	}

	/** Replaces the session; a {@code version} older than the stored one answers 409 and changes nothing. */
	@PutMapping("/{id}")
	SessionJson.Response update(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id,
			@RequestBody SessionJson.Request request) {
		sessions.find(user.id(), id);
		if (request.version() == null) {
			throw InvalidInputException.of("version", "exercise.version.required");
		}
		return SessionJson.Response
			.of(sessions.update(user.id(), id, request.version(), request.toInput(), MassUnit.KG));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable Long version) {
		sessions.delete(user.id(), id, version);
		return ResponseEntity.noContent().build();
	}

}
