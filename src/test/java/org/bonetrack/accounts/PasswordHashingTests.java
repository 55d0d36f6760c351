package org.bonetrack.accounts;

import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PasswordHashingTests {

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void passwordsAreStoredAsSaltedArgon2Hashes() {
		AuthenticatedUser user = people.patient();

		String stored = jdbc.queryForObject("select password_hash from users where id = ?", String.class, user.id());

		assertThat(stored).startsWith("{argon2}").doesNotContain(TestPeople.PASSWORD);
		assertThat(encoder.matches(TestPeople.PASSWORD, stored)).isTrue();
		assertThat(encoder.encode(TestPeople.PASSWORD)).isNotEqualTo(encoder.encode(TestPeople.PASSWORD));
	}

	@Test
	void bcryptHashesStillVerifySoTheAlgorithmCanChange() {
		String legacy = "{bcrypt}" + new BCryptPasswordEncoder().encode(TestPeople.PASSWORD);

		assertThat(encoder.matches(TestPeople.PASSWORD, legacy)).isTrue();
		assertThat(encoder.matches("wrong password", legacy)).isFalse();
	}

}
