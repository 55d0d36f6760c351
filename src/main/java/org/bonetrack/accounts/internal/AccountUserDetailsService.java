package org.bonetrack.accounts.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads an account for form login; invited accounts without a password cannot sign in yet. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	private final Clock clock;

	AccountUserDetailsService(UserAccountRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return users.findByEmail(email)
			.filter(UserAccount::hasPassword)
			.map(user -> user.toPrincipal(clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("No account can sign in with that e-mail"));
	}

}
