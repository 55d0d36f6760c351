package org.bonetrack.accounts.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bonetrack.accounts.AccessTokenSummary;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "personal_access_tokens")
public class PersonalAccessTokenEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long userId;

	private String name;

	private String tokenHash;

	private String tokenHint;

	private Instant createdAt;

	private @Nullable Instant lastUsedAt;

	private @Nullable Instant revokedAt;

	protected PersonalAccessTokenEntity() {
	}

	PersonalAccessTokenEntity(long userId, String name, String tokenHash, String tokenHint, Instant createdAt) {
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenHint = tokenHint;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public long getUserId() {
		return userId;
	}

	public boolean isRevoked() {
		return revokedAt != null;
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	AccessTokenSummary toSummary() {
		return new AccessTokenSummary(id, name, tokenHint, createdAt, lastUsedAt, revokedAt);
	}

}
