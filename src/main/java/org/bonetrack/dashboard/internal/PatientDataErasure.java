package org.bonetrack.dashboard.internal;

import java.util.List;

import org.bonetrack.accounts.Accounts;
import org.bonetrack.dashboard.PatientDataErased;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.patientdata.PatientDataSection;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes all of a patient's health data at her request, confirmed with her password, in one
 * transaction across every module, and closes her account.
 */
@Service
public class PatientDataErasure {

	private final List<PatientDataSection> sections;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	PatientDataErasure(List<PatientDataSection> sections, Accounts accounts, ApplicationEventPublisher events) {
		this.sections = sections;
		this.accounts = accounts;
		this.events = events;
	}

	@Transactional
	public void erase(long patientId, String password) {
		if (!accounts.passwordMatches(patientId, password)) {
			throw InvalidInputException.of("password", "erasure.password.wrong");
		}
		sections.forEach(section -> section.erase(patientId));
		accounts.closeAfterErasure(patientId);
		events.publishEvent(new PatientDataErased(patientId));
	}

}
