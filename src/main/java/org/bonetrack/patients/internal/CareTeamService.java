package org.bonetrack.patients.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.bonetrack.accounts.Accounts;
import org.bonetrack.accounts.Role;
import org.bonetrack.accounts.UserSummary;
import org.bonetrack.patients.CareTeamChanged;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.RecordNotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which clinicians care for a patient. */
@Service
public class CareTeamService {

	private final CareTeamRepository careTeam;

	private final PatientProfileRepository profiles;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CareTeamService(CareTeamRepository careTeam, PatientProfileRepository profiles, Accounts accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.careTeam = careTeam;
		this.profiles = profiles;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Set<Long> clinicianIds(long patientId) {
		return careTeam.findByPatientId(patientId)
			.stream()
			.map(CareTeamMembership::getClinicianId)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** Replaces the patient's care team with exactly these clinicians. */
	@Transactional
	public void assign(long patientId, Set<Long> clinicianIds) {
		if (!profiles.existsById(patientId)) {
			throw RecordNotFoundException.of("Patient", patientId);
		}
		List<UserSummary> clinicians = accounts.findAll(clinicianIds);
		if (clinicians.size() != clinicianIds.size()
				|| clinicians.stream().anyMatch(user -> user.role() != Role.CLINICIAN)) {
			throw InvalidInputException.of("clinicianIds", "careTeam.notAClinician");
		}
		Set<Long> current = clinicianIds(patientId);
		if (current.equals(clinicianIds)) {
			return;
		}
		careTeam.findByPatientId(patientId)
			.stream()
			.filter(membership -> !clinicianIds.contains(membership.getClinicianId()))
			.forEach(careTeam::delete);
		clinicianIds.stream()
			.filter(id -> !current.contains(id))
			.forEach(id -> careTeam.save(new CareTeamMembership(id, patientId, clock.instant())));
		events.publishEvent(new CareTeamChanged(patientId, Set.copyOf(clinicianIds)));
	}

	@Transactional
	public void add(long patientId, long clinicianId) {
		Set<Long> team = new TreeSet<>(clinicianIds(patientId));
		if (team.add(clinicianId)) {
			assign(patientId, team);
		}
	}

}
