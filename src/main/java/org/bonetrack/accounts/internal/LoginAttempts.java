package org.bonetrack.accounts.internal;

import java.time.Clock;

import org.bonetrack.accounts.AuthenticatedUser;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords. A locked account is refused
 * with the same message as a wrong password, so an attacker cannot tell the difference.
 */
@Component
class LoginAttempts {

	private final UserAccountRepository users;

	private final LockoutProperties lockout;

	private final Clock clock;

	LoginAttempts(UserAccountRepository users, LockoutProperties lockout, Clock clock) {
		this.users = users;
		this.lockout = lockout;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void onBadPassword(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt
				&& attempt.getPrincipal() instanceof String email) {
			users.recordFailedLogin(email, lockout.maxAttempts(), clock.instant().plus(lockout.duration()));
		}
	}

	@EventListener
	@Transactional
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AuthenticatedUser user) {
			users.recordSuccessfulLogin(user.id());
		}
	}

}
