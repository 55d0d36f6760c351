package org.bonetrack.accounts;

import java.time.Instant;

/**
 * A one-time link for setting a password. The token is only known here, right after it was
 * issued; the database keeps its hash.
 */
public record Invitation(UserSummary user, String token, Instant expiresAt) {

	public String path() {
		return "/invite/" + token;
	}

}
