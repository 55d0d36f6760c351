package org.bonetrack.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.bonetrack.accounts.AccessTokenChanged;
import org.bonetrack.accounts.AccessTokenSummary;
import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.accounts.NewAccessToken;
import org.bonetrack.accounts.Role;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.RecordNotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private static final String TOKEN_OWNER = """
			select t.id as token_id, t.last_used_at, u.id, u.email, u.display_name, u.role, u.password_hash, u.enabled,
			       u.locked_until
			from personal_access_tokens t
			join users u on u.id = t.user_id
			where t.token_hash = ? and t.revoked_at is null""";

	/** Notes the use, at most once a minute per token (the condition holds when two requests race). */
	private static final String TOUCH = """
			update personal_access_tokens set last_used_at = :now
			 where id = :id and (last_used_at is null or last_used_at < cast(:now as timestamptz) - interval '1 minute')""";

	private final PersonalAccessTokenRepository tokens;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	PersonalAccessTokenService(PersonalAccessTokenRepository tokens,
			ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.tokens = tokens;
		this.jdbc = jdbc;
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

	/**
	 * The token's owner, if the token is known, not revoked, and the account may sign in. Every API
	 * request comes through here, so it is one query for the token and its owner, outside a
	 * transaction (issue 9: two entity loads in a transaction of their own cost three round trips
	 * and a tenth of a post's CPU); the "last used" write, once a minute, is a statement of its own.
	 */
	public Optional<AuthenticatedUser> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Optional<TokenOwner> found = jdbc.sql(TOKEN_OWNER)
			.param(SecretTokens.hash(secret))
			.query((rs, row) -> new TokenOwner(rs.getLong("token_id"), instant(rs, "last_used_at"),
					new AuthenticatedUser(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
							Role.valueOf(rs.getString("role")), rs.getString("password_hash"), rs.getBoolean("enabled"),
							UserAccount.isUnlockedAt(instant(rs, "locked_until"), now))))
			.optional();
		// "last used" is kept to the minute: a script posting every second writes it once a minute
		found.filter(token -> token.lastUsed() == null || token.lastUsed().isBefore(now.minus(LAST_USED_PRECISION)))
			.ifPresent(token -> jdbc.sql(TOUCH).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.param("id", token.id())
				.update());
		return found.map(TokenOwner::owner).filter(user -> user.isEnabled() && user.isAccountNonLocked());
	}

	private record TokenOwner(long id, @Nullable Instant lastUsed, AuthenticatedUser owner) {
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
