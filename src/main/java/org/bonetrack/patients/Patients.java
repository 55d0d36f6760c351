package org.bonetrack.patients;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bonetrack.accounts.Accounts;
import org.bonetrack.accounts.UserSummary;
import org.bonetrack.patients.internal.BodyWeightEntity;
import org.bonetrack.patients.internal.BodyWeightRepository;
import org.bonetrack.patients.internal.CareTeamRepository;
import org.bonetrack.patients.internal.ClinicalNotes;
import org.bonetrack.patients.internal.PatientProfileEntity;
import org.bonetrack.patients.internal.PatientProfileQueries;
import org.bonetrack.patients.internal.PatientProfileRepository;
import org.bonetrack.shared.RecordNotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask about patients. Care-team checks live here, so that a clinician's
 * access to a patient is decided in one place.
 */
@Service
public class Patients {

	private final PatientProfileRepository profiles;

	private final BodyWeightRepository weights;

	private final CareTeamRepository careTeam;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final ClinicalNotes notes;

	private final Clock clock;

	private final PatientProfileQueries profileQueries;

	Patients(PatientProfileRepository profiles, BodyWeightRepository weights, CareTeamRepository careTeam,
			Accounts accounts, ClinicalNotes notes, ApplicationEventPublisher events, Clock clock,
			PatientProfileQueries profileQueries) {
		this.profiles = profiles;
		this.profileQueries = profileQueries;
		this.weights = weights;
		this.careTeam = careTeam;
		this.accounts = accounts;
		this.notes = notes;
		this.events = events;
		this.clock = clock;
	}

	/** The patient's profile; "not found" for an unknown id or an account that is not a patient. */
	@Transactional(readOnly = true)
	public PatientProfile profile(long patientId) {
		PatientProfile profile = profiles(List.of(patientId)).get(patientId);
		if (profile == null) {
			throw RecordNotFoundException.of("Patient", patientId);
		}
		return profile;
	}

	@Transactional(readOnly = true)
	public ZoneId timeZone(long patientId) {
		return profileQueries.timeZone(patientId)
			.orElseThrow(() -> RecordNotFoundException.of("Patient", patientId));
	}

	/** The time zone of each of these patients, in one query; ids that are not patients are absent. */
	@Transactional(readOnly = true)
	public Map<Long, ZoneId> timeZones(Collection<Long> patientIds) {
		Map<Long, ZoneId> zones = new HashMap<>();
		profiles.findAllByIds(patientIds.toArray(Long[]::new))
			.forEach(profile -> zones.put(profile.getPatientId(), ZoneId.of(profile.getTimeZone())));
		return zones;
	}

	/** Today's date where the patient lives. */
	public LocalDate today(long patientId) {
		return LocalDate.now(clock.withZone(timeZone(patientId)));
	}

	/** The latest weight measured on or before the date, if any. */
	@Transactional(readOnly = true)
	public Optional<BigDecimal> weightKgOn(long patientId, LocalDate date) {
		return weights.findFirstByPatientIdAndMeasuredOnLessThanEqualOrderByMeasuredOnDesc(patientId, date)
			.map(entry -> entry.toBodyWeight().weightKg());
	}

	/** All weights, newest first. */
	@Transactional(readOnly = true)
	public List<BodyWeight> weights(long patientId) {
		return weights.findByPatientIdOrderByMeasuredOnDesc(patientId)
			.stream()
			.map(BodyWeightEntity::toBodyWeight)
			.toList();
	}

	/**
	 * When each of these patients started anastrozole, for those whose start is known. One query
	 * whatever the number of patients.
	 */
	@Transactional(readOnly = true)
	public Map<Long, LocalDate> anastrozoleStarts(Collection<Long> patientIds) {
		if (patientIds.isEmpty()) {
			return Map.of();
		}
		return profiles.findAllByIds(patientIds.toArray(Long[]::new))
			.stream()
			.filter(profile -> profile.getAnastrozoleStart() != null)
			.collect(Collectors.toMap(PatientProfileEntity::getPatientId, PatientProfileEntity::getAnastrozoleStart));
	}

	@Transactional(readOnly = true)
	public boolean isOnCareTeam(long clinicianId, long patientId) {
		return careTeam.existsByClinicianIdAndPatientId(clinicianId, patientId);
	}

	/**
	 * The patient's profile if the clinician is on their care team; otherwise "not found", the
	 * same answer as for an id that does not exist.
	 */
	@Transactional(readOnly = true)
	public PatientProfile careTeamPatient(long clinicianId, long patientId) {
		if (!isOnCareTeam(clinicianId, patientId)) {
			throw RecordNotFoundException.of("Patient", patientId);
		}
		return profile(patientId);
	}

	@Transactional(readOnly = true)
	public List<Long> careTeamPatientIds(long clinicianId) {
		return careTeam.patientIdsOf(clinicianId);
	}

	/** The clinician's patients, by name. Three queries whatever the size of the team. */
	@Transactional(readOnly = true)
	public List<CareTeamPatient> careTeam(long clinicianId) {
		List<Long> ids = careTeam.patientIdsOf(clinicianId);
		Map<Long, PatientProfileEntity> byId = profiles.findAllByIds(ids.toArray(Long[]::new))
			.stream()
			.collect(Collectors.toMap(PatientProfileEntity::getPatientId, Function.identity()));
		return accounts.findAll(ids)
			.stream()
			.filter(account -> byId.containsKey(account.id()))
			.map(account -> new CareTeamPatient(account.id(), account.email(), account.displayName(),
					byId.get(account.id()).getBirthDate(), byId.get(account.id()).getAnastrozoleStart(),
					account.active()))
			.sorted(Comparator.comparing(CareTeamPatient::displayName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** Every care-team note about the patient, newest first. Callers check the care team first. */
	public List<ClinicalNote> clinicalNotes(long patientId) {
		return notes.all(patientId);
	}

	/** The notes the care team addressed to the patient, newest first. */
	public List<ClinicalNote> notesSharedWith(long patientId) {
		return notes.sharedWith(patientId);
	}

	/** Records that a clinician saw these patients in a list (the audit trail listens). */
	public void recordListing(long clinicianId, List<Long> patientIds, String what) {
		if (!patientIds.isEmpty()) {
			events.publishEvent(new PatientRecordsListed(clinicianId, List.copyOf(patientIds), what));
		}
	}

	/** Records that a clinician read a patient's data (the audit trail listens). */
	public void recordView(long clinicianId, long patientId, String what) {
		events.publishEvent(new PatientRecordViewed(clinicianId, patientId, what));
	}


	/** Every weight of each of these patients, newest first, in one query; patients without any are absent. */
	@Transactional(readOnly = true)
	public Map<Long, List<BodyWeight>> weights(Collection<Long> ids) {
		return profileQueries.weights(ids);
	}

	/**
	 * The profiles of these patients (ids that are not patients are left out). Two queries whatever
	 * the number of patients: accounts, then the profiles with their latest weights (plain SQL, no
	 * entities: lists read hundreds).
	 */
	@Transactional(readOnly = true)
	public Map<Long, PatientProfile> profiles(Collection<Long> patientIds) {
		if (patientIds.isEmpty()) {
			return Map.of();
		}
		List<Long> ids = List.copyOf(new LinkedHashSet<>(patientIds));
		Map<Long, PatientProfileQueries.StoredProfile> stored = profileQueries.profiles(ids);
		Map<Long, PatientProfile> result = new LinkedHashMap<>();
		for (UserSummary account : accounts.findAll(ids)) {
			PatientProfileQueries.StoredProfile profile = stored.get(account.id());
			if (profile != null) {
				result.put(account.id(), profile.with(account));
			}
		}
		return result;
	}

}
