package org.bonetrack.patients.internal;

import java.time.Clock;

import org.bonetrack.accounts.AccountCreated;
import org.bonetrack.accounts.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every patient account gets its profile row in the same transaction, so the rest of BoneTrack
 * can rely on it being there.
 */
@Component
class PatientProfileCreator {

	private final PatientProfileRepository profiles;

	private final Clock clock;

	private final String defaultTimeZone;

	PatientProfileCreator(PatientProfileRepository profiles, Clock clock,
			@Value("${bonetrack.patients.default-time-zone:UTC}") String defaultTimeZone) {
		this.profiles = profiles;
		this.clock = clock;
		this.defaultTimeZone = defaultTimeZone;
	}

	@EventListener
	void on(AccountCreated event) {
		if (event.role() == Role.PATIENT) {
			profiles.save(new PatientProfileEntity(event.userId(), defaultTimeZone, clock.instant()));
		}
	}

}
