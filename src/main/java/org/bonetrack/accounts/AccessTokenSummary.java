package org.bonetrack.accounts;

import java.io.Serializable;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A personal access token as its owner sees it in the list: never the secret itself. */
public record AccessTokenSummary(long id, String name, String hint, Instant createdAt, @Nullable Instant lastUsedAt,
		@Nullable Instant revokedAt) implements Serializable {

	public boolean revoked() {
		return revokedAt != null;
	}

}
