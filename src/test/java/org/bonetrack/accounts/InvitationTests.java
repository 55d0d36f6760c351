package org.bonetrack.accounts;

import org.bonetrack.accounts.internal.AccountService;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class InvitationTests {

	private static final String NEW_PASSWORD = "a long enough passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void inviteeSetsAPasswordOnceAndCanThenSignIn() throws Exception {
		Invitation invitation = invite();

		mvc.perform(get(invitation.path())).andExpect(status().isOk()).andExpect(content().string(containsString(invitation.user().email())));
		mvc.perform(post(invitation.path()).with(csrf()).param("password", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
			.andExpect(redirectedUrl("/login"));

		mvc.perform(formLogin().user(invitation.user().email()).password(NEW_PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void linkWorksOnlyOnce() throws Exception {
		Invitation invitation = invite();
		mvc.perform(post(invitation.path()).with(csrf()).param("password", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD));

		mvc.perform(get(invitation.path())).andExpect(status().isNotFound());
		mvc.perform(post(invitation.path()).with(csrf())
			.param("password", "another passphrase!")
			.param("confirmPassword", "another passphrase!")).andExpect(status().isNotFound());
		mvc.perform(formLogin().user(invitation.user().email()).password("another passphrase!"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void expiredLinkIsRefused() throws Exception {
		Invitation invitation = invite();
		jdbc.update("update invitations set expires_at = now() - interval '1 minute' where user_id = ?",
				invitation.user().id());

		mvc.perform(get(invitation.path())).andExpect(status().isNotFound());
		mvc.perform(post(invitation.path()).with(csrf()).param("password", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
			.andExpect(status().isNotFound());
		assertThat(passwordHashOf(invitation)).isNull();
	}

	@Test
	void linksExpireAfterSevenDays() {
		Invitation invitation = invite();

		Double days = jdbc.queryForObject(
				"select extract(epoch from expires_at - created_at) / 86400 from invitations where user_id = ?",
				Double.class, invitation.user().id());
		assertThat(days).isEqualTo(7.0);
	}

	@Test
	void reissuingALinkInvalidatesTheEarlierOne() throws Exception {
		Invitation first = invite();
		Invitation second = accounts.reissueInvitation(first.user().id(), people.admin().id());

		mvc.perform(get(first.path())).andExpect(status().isNotFound());
		mvc.perform(get(second.path())).andExpect(status().isOk());
	}

	@Test
	void shortOrMismatchedPasswordsAreExplainedBesideTheFieldAndNothingIsSaved() throws Exception {
		Invitation invitation = invite();

		mvc.perform(post(invitation.path()).with(csrf()).param("password", "too short").param("confirmPassword", "too short"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.tooShort"))
			.andExpect(content().string(containsString("Use at least 12 characters.")));
		mvc.perform(post(invitation.path()).with(csrf()).param("password", NEW_PASSWORD).param("confirmPassword", "something else"))
			.andExpect(model().attributeHasFieldErrorCode("form", "confirmPassword", "password.mismatch"));

		assertThat(passwordHashOf(invitation)).isNull();
		mvc.perform(get(invitation.path())).andExpect(status().isOk());
	}

	@Test
	void onlyTheHashOfTheTokenIsStored() {
		Invitation invitation = invite();

		String stored = jdbc.queryForObject("select token_hash from invitations where user_id = ?", String.class,
				invitation.user().id());
		assertThat(stored).hasSize(64).doesNotContain(invitation.token());
	}

	private Invitation invite() {
		return accounts.create(new NewAccount(TestPeople.uniqueEmail("invitee"), "Invited Person", Role.PATIENT),
				people.admin().id());
	}

	private String passwordHashOf(Invitation invitation) {
		return jdbc.queryForObject("select password_hash from users where id = ?", String.class, invitation.user().id());
	}

}
