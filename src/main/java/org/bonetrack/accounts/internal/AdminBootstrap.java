package org.bonetrack.accounts.internal;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bonetrack.accounts.NewAccount;
import org.bonetrack.accounts.Role;
import org.bonetrack.shared.InvalidInputException;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin from BONETRACK_ADMIN_EMAIL and BONETRACK_ADMIN_PASSWORD, only while no
 * enabled admin exists, so the variables can stay set without resetting anything later.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(AdminBootstrap.class);

	private final AdminBootstrapProperties properties;

	private final UserAccountRepository users;

	private final AccountService accounts;

	AdminBootstrap(AdminBootstrapProperties properties, UserAccountRepository users, AccountService accounts) {
		this.properties = properties;
		this.users = users;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.configured() || users.existsByRoleAndEnabledTrue(Role.ADMIN)) {
			return;
		}
		if (users.findByEmail(properties.email()).isPresent()) {
			log.warn("BONETRACK_ADMIN_EMAIL names an existing account that is not an enabled admin; no admin was created");
			return;
		}
		try {
			accounts.createWithPassword(new NewAccount(properties.email(), "Administrator", Role.ADMIN),
					properties.password());
			log.info("Created the first admin account " + properties.email());
		}
		catch (InvalidInputException ex) {
			throw new IllegalStateException("BONETRACK_ADMIN_EMAIL / BONETRACK_ADMIN_PASSWORD cannot create an admin: "
					+ "use a valid e-mail and a password of at least " + PasswordPolicy.MIN_LENGTH + " characters", ex);
		}
	}

}
