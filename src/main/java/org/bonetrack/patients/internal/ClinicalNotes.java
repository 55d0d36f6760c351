package org.bonetrack.patients.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.bonetrack.accounts.Accounts;
import org.bonetrack.accounts.UserSummary;
import org.bonetrack.patients.ClinicalNote;
import org.bonetrack.patients.ClinicalNoteAdded;
import org.bonetrack.shared.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Care-team notes about a patient. Callers check the care team first. */
@Service
public class ClinicalNotes {

	static final int MAX_LENGTH = 4000;

	private final ClinicalNoteRepository notes;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ClinicalNotes(ClinicalNoteRepository notes, Accounts accounts, ApplicationEventPublisher events, Clock clock) {
		this.notes = notes;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public ClinicalNote add(long patientId, long clinicianId, String body, boolean sharedWithPatient) {
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			throw InvalidInputException.of("body", "note.body.required");
		}
		if (text.length() > MAX_LENGTH) {
			throw InvalidInputException.of("body", "note.body.tooLong", MAX_LENGTH);
		}
		ClinicalNoteEntity note = notes
			.save(new ClinicalNoteEntity(patientId, clinicianId, text, sharedWithPatient, clock.instant()));
		events.publishEvent(new ClinicalNoteAdded(patientId, clinicianId, note.getId()));
		return toNotes(List.of(note)).get(0);
	}

	/** Every note about the patient, newest first (for the care team). */
	@Transactional(readOnly = true)
	public List<ClinicalNote> all(long patientId) {
		return toNotes(notes.findByPatientIdOrderByCreatedAtDesc(patientId));
	}

	/** The notes addressed to the patient, newest first. */
	@Transactional(readOnly = true)
	public List<ClinicalNote> sharedWith(long patientId) {
		return toNotes(notes.findByPatientIdAndSharedWithPatientTrueOrderByCreatedAtDesc(patientId));
	}

	private List<ClinicalNote> toNotes(List<ClinicalNoteEntity> entities) {
		Map<Long, String> names = accounts
			.findAll(entities.stream().map(ClinicalNoteEntity::getClinicianId).filter(Objects::nonNull).distinct().toList())
			.stream()
			.collect(Collectors.toMap(UserSummary::id, UserSummary::displayName, (a, b) -> a));
		return entities.stream()
			.map(note -> new ClinicalNote(note.getId(), note.getPatientId(), note.getClinicianId(),
					note.getClinicianId() == null ? null : names.get(note.getClinicianId()), note.getBody(),
					note.isSharedWithPatient(), note.getCreatedAt()))
			.toList();
	}

}
