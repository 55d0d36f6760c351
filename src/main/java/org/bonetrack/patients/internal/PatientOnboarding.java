package org.bonetrack.patients.internal;

import org.bonetrack.accounts.Accounts;
import org.bonetrack.accounts.Invitation;
import org.bonetrack.accounts.NewAccount;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A clinician's new patient: account, profile and care-team place, all or nothing. */
@Service
public class PatientOnboarding {

	private final Accounts accounts;

	private final CareTeamService careTeams;

	PatientOnboarding(Accounts accounts, CareTeamService careTeams) {
		this.accounts = accounts;
		this.careTeams = careTeams;
	}

	@Transactional
	public Invitation createPatient(NewAccount account, long clinicianId) {
		Invitation invitation = accounts.create(account, clinicianId);
		careTeams.add(invitation.user().id(), clinicianId);
		return invitation;
	}

}
