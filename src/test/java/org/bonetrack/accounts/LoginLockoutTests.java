package org.bonetrack.accounts;

import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@IntegrationTest
class LoginLockoutTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void rightPasswordSignsInAndLandsOnTheRoleHome() throws Exception {
		AuthenticatedUser patient = people.patient();

		mvc.perform(formLogin().user(patient.email()).password(TestPeople.PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void fiveWrongPasswordsLockTheAccountWithTheSameMessageAsAWrongPassword() throws Exception {
		AuthenticatedUser patient = people.patient();
		for (int attempt = 1; attempt <= 5; attempt++) {
			mvc.perform(formLogin().user(patient.email()).password("wrong password " + attempt))
				.andExpect(redirectedUrl("/login?error"));
		}

		// Even the right password is refused now, and the answer looks exactly like a wrong password.
		mvc.perform(formLogin().user(patient.email()).password(TestPeople.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(lockedMinutesLeft(patient)).isBetween(14.0, 15.0);
	}

	@Test
	void fourWrongPasswordsDoNotLockAndASuccessResetsTheCount() throws Exception {
		AuthenticatedUser patient = people.patient();
		for (int attempt = 1; attempt <= 4; attempt++) {
			mvc.perform(formLogin().user(patient.email()).password("wrong"));
		}
		mvc.perform(formLogin().user(patient.email()).password(TestPeople.PASSWORD)).andExpect(redirectedUrl("/"));

		assertThat(jdbc.queryForObject("select failed_logins from users where id = ?", Integer.class, patient.id()))
			.isZero();
	}

	@Test
	void lockExpiresAfterFifteenMinutes() throws Exception {
		AuthenticatedUser patient = people.patient();
		for (int attempt = 1; attempt <= 5; attempt++) {
			mvc.perform(formLogin().user(patient.email()).password("wrong"));
		}
		jdbc.update("update users set locked_until = now() - interval '1 second' where id = ?", patient.id());

		mvc.perform(formLogin().user(patient.email()).password(TestPeople.PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void unknownEmailGetsTheSameAnswerAsAWrongPassword() throws Exception {
		mvc.perform(formLogin().user(TestPeople.uniqueEmail("nobody")).password(TestPeople.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	private double lockedMinutesLeft(AuthenticatedUser user) {
		return jdbc.queryForObject(
				"select extract(epoch from locked_until - now()) / 60 from users where id = ?", Double.class, user.id());
	}

}
