package org.bonetrack.accounts;

import java.time.Instant;

/** What other modules may know about an account. */
public record UserSummary(long id, String email, String displayName, Role role, AccountStatus status,
		Instant createdAt) {

	public boolean active() {
		return status != AccountStatus.DEACTIVATED;
	}

}
