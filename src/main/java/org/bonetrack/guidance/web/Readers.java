package org.bonetrack.guidance.web;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.guidance.Audience;

/** Which articles a signed-in person reads: patients and clinicians their own, admins all. */
final class Readers {

	private Readers() {
	}

	static Audience audienceOf(AuthenticatedUser user) {
		return switch (user.role()) {
			case PATIENT -> Audience.PATIENT;
			case CLINICIAN -> Audience.CLINICIAN;
			case ADMIN -> Audience.BOTH;
		};
	}

}
