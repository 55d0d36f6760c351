package org.bonetrack.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bonetrack.accounts.AccessTokenChanged;
import org.bonetrack.accounts.AccessTokenSummary;
import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.accounts.NewAccessToken;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.RecordNotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the JSON API: shown once when created, stored as a SHA-256 hash,
 * revocable by their owner, and acting with exactly their owner's rights.
 */
@Service
public class PersonalAccessTokenService {

	private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	static final String PREFIX = "bt_";

	private static final int MAX_ACTIVE_TOKENS = 20;

	private final PersonalAccessTokenRepository tokens;

	private final UserAccountRepository users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PersonalAccessTokenService(PersonalAccessTokenRepository tokens, UserAccountRepository users,
			ApplicationEventPublisher events, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public NewAccessToken create(long userId, String name) {
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			throw InvalidInputException.of("name", "token.name.invalid");
		}
		long active = tokens.findByUserIdOrderByCreatedAtDesc(userId).stream().filter(t -> !t.isRevoked()).count();
		if (active >= MAX_ACTIVE_TOKENS) {
			throw InvalidInputException.of("name", "token.tooMany", MAX_ACTIVE_TOKENS);
		}
		String secret = PREFIX + SecretTokens.generate();
		PersonalAccessTokenEntity token = tokens.save(new PersonalAccessTokenEntity(userId, trimmed,
				SecretTokens.hash(secret), secret.substring(secret.length() - 4), clock.instant()));
		events.publishEvent(new AccessTokenChanged(userId, token.getId(), false));
		return new NewAccessToken(token.toSummary(), secret);
	}

	@Transactional(readOnly = true)
	public List<AccessTokenSummary> list(long userId) {
		return tokens.findByUserIdOrderByCreatedAtDesc(userId).stream().map(PersonalAccessTokenEntity::toSummary).toList();
	}

	/** Revokes one of the owner's tokens; another person's token id is "not found". */
	@Transactional
	public void revoke(long userId, long tokenId) {
		PersonalAccessTokenEntity token = tokens.findByIdAndUserId(tokenId, userId)
			.orElseThrow(() -> RecordNotFoundException.of("Token", tokenId));
		if (!token.isRevoked()) {
			token.revoke(clock.instant());
			events.publishEvent(new AccessTokenChanged(userId, tokenId, true));
		}
	}

	/** The token's owner, if the token is known, not revoked, and the account may sign in. */
	@Transactional
	public Optional<AuthenticatedUser> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return tokens.findActiveByHash(SecretTokens.hash(secret)).flatMap(token -> {
			// "last used" is kept to the minute: a script posting every second writes it once a minute
			if (token.lastUsedBefore(now.minus(LAST_USED_PRECISION))) {
				tokens.touch(token.getId(), now);
			}
			return users.findById(token.getUserId());
		})
			.map(user -> user.toPrincipal(now))
			.filter(user -> user.isEnabled() && user.isAccountNonLocked());
	}

}
