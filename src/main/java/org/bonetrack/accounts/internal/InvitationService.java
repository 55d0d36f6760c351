package org.bonetrack.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.bonetrack.accounts.Invitation;
import org.bonetrack.accounts.InvitationAccepted;
import org.bonetrack.accounts.InvitationIssued;
import org.bonetrack.accounts.UserSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One-time invitation links: random, stored hashed, valid for 7 days, usable once. */
@Service
public class InvitationService {

	public static final Duration VALIDITY = Duration.ofDays(7);

	private final InvitationRepository invitations;

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InvitationService(InvitationRepository invitations, UserAccountRepository users, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events, Clock clock) {
		this.invitations = invitations;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	Invitation issue(UserAccount user, @Nullable Long issuedBy) {
		Instant now = clock.instant();
		invitations.expireOpenInvitations(user.getId(), now);
		String token = SecretTokens.generate();
		Instant expiresAt = now.plus(VALIDITY);
		invitations.save(new InvitationEntity(user.getId(), SecretTokens.hash(token), expiresAt, issuedBy, now));
		events.publishEvent(new InvitationIssued(user.getId()));
		return new Invitation(user.toSummary(), token, expiresAt);
	}

	/** The account a still-usable link belongs to; empty for unknown, used or expired links. */
	@Transactional(readOnly = true)
	public Optional<UserSummary> pending(String token) {
		Instant now = clock.instant();
		return invitations.findByTokenHash(SecretTokens.hash(token))
			.filter(invitation -> invitation.isUsable(now))
			.flatMap(invitation -> users.findById(invitation.getUserId()))
			.filter(UserAccount::isEnabled)
			.map(UserAccount::toSummary);
	}

	/**
	 * Sets the invitee's password and uses up the link. Returns false (and changes nothing) when
	 * the link is unknown, expired, already used, or its account was deactivated.
	 */
	@Transactional
	public boolean accept(String token, String password, String confirmation) {
		Instant now = clock.instant();
		Optional<InvitationEntity> invitation = invitations.findByTokenHash(SecretTokens.hash(token))
			.filter(candidate -> candidate.isUsable(now));
		Optional<UserAccount> user = invitation.flatMap(found -> users.findById(found.getUserId()))
			.filter(UserAccount::isEnabled);
		if (invitation.isEmpty() || user.isEmpty()) {
			return false;
		}
		PasswordPolicy.check(password, confirmation, "password", "confirmPassword");
		if (invitations.markUsed(invitation.get().getId(), now) != 1) {
			return false;
		}
		user.get().setPasswordHash(passwordEncoder.encode(password));
		events.publishEvent(new InvitationAccepted(user.get().getId()));
		return true;
	}

}
