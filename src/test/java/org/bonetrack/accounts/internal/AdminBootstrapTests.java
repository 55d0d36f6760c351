package org.bonetrack.accounts.internal;

import org.bonetrack.accounts.Role;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runs the bootstrap inside a transaction that is rolled back, so "no admin exists" can be true
 * for a moment without touching the admins other tests create.
 */
@IntegrationTest
class AdminBootstrapTests {

	@Autowired
	UserAccountRepository users;

	@Autowired
	AccountService accounts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestPeople people;

	@Test
	void createsTheFirstAdminWhenNoneExists() {
		String email = TestPeople.uniqueEmail("first-admin");

		transactions.executeWithoutResult(status -> {
			jdbc.update("update users set enabled = false where role = 'ADMIN'");
			bootstrap(email, "a strong admin passphrase");

			assertThat(users.findByEmail(email)).hasValueSatisfying(admin -> {
				assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
				assertThat(admin.hasPassword()).isTrue();
			});
			status.setRollbackOnly();
		});
	}

	@Test
	void leavesEverythingAloneWhileAnAdminExists() {
		people.admin();
		String email = TestPeople.uniqueEmail("second-admin");

		bootstrap(email, "a strong admin passphrase");

		assertThat(users.findByEmail(email)).isEmpty();
	}

	@Test
	void refusesAWeakPasswordWithAClearMessage() {
		transactions.executeWithoutResult(status -> {
			jdbc.update("update users set enabled = false where role = 'ADMIN'");
			assertThatThrownBy(() -> bootstrap(TestPeople.uniqueEmail("weak-admin"), "short"))
				.hasMessageContaining("at least 12 characters");
			status.setRollbackOnly();
		});
	}

	private void bootstrap(String email, String password) {
		new AdminBootstrap(new AdminBootstrapProperties(email, password), users, accounts)
			.run(new DefaultApplicationArguments());
	}

}
