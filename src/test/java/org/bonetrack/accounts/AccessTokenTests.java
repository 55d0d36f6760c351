package org.bonetrack.accounts;

import org.bonetrack.accounts.internal.PersonalAccessTokenService;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccessTokenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	PersonalAccessTokenService tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.bonetrack.support.StatementCounter statements;

	@Test
	void aTokenActsAsItsOwnerWithoutSessionOrCsrf() throws Exception {
		AuthenticatedUser patient = people.patient();
		String secret = tokens.create(patient.id(), "script").secret();

		mvc.perform(get("/api/v1/me/profile").header("Authorization", "Bearer " + secret))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(patient.email()));
		mvc.perform(put("/api/v1/me/profile").header("Authorization", "Bearer " + secret)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"heightCm\": 165}")).andExpect(status().isOk()).andExpect(jsonPath("$.heightCm").value(165.0));
	}

	@Test
	void aTokenIsCheckedWithOneStatementAndItsUseWrittenAtMostOnceAMinute() throws Exception {
		AuthenticatedUser patient = people.patient();
		NewAccessToken token = tokens.create(patient.id(), "watch");
		tokens.authenticate(token.secret());
		java.time.Instant first = lastUsed(token);
		assertThat(first).isNotNull();

		int again = statements.count(() -> tokens.authenticate(token.secret())).statements();
		jdbc.update("update personal_access_tokens set last_used_at = last_used_at - interval '5 minutes' where id = ?",
				token.token().id());
		int aMinuteLater = statements.count(() -> tokens.authenticate(token.secret())).statements();

		assertThat(again).isOne();
		assertThat(aMinuteLater).isEqualTo(2);
		assertThat(lastUsed(token)).isAfter(first.minusSeconds(60));
	}

	private java.time.Instant lastUsed(NewAccessToken token) {
		return jdbc.queryForObject("select last_used_at from personal_access_tokens where id = ?",
				java.time.Instant.class, token.token().id());
	}

	@Test
	void revokedOrUnknownTokensAreRefusedWithA401Problem() throws Exception {
		AuthenticatedUser patient = people.patient();
		NewAccessToken token = tokens.create(patient.id(), "old laptop");
		tokens.revoke(patient.id(), token.token().id());

		mvc.perform(get("/api/v1/me/profile").header("Authorization", "Bearer " + token.secret()))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/me/profile").header("Authorization", "Bearer bt_made-up"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void tokensAreStoredHashedAndShownOnlyOnce() throws Exception {
		AuthenticatedUser clinician = people.clinician();

		mvc.perform(post("/account/tokens").with(user(clinician)).with(csrf()).param("name", "reporting"))
			.andExpect(redirectedUrl("/account#tokens"))
			.andExpect(flash().attributeExists("newToken"));

		String hash = jdbc.queryForObject("select token_hash from personal_access_tokens where user_id = ?",
				String.class, clinician.id());
		assertThat(hash).hasSize(64).doesNotStartWith("bt_");
		mvc.perform(get("/account").with(user(clinician)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("reporting")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("bt_"))));
	}

	@Test
	void someoneElsesTokenCannotBeRevoked() throws Exception {
		AuthenticatedUser owner = people.patient();
		AuthenticatedUser other = people.patient();
		NewAccessToken token = tokens.create(owner.id(), "mine");

		mvc.perform(post("/account/tokens/" + token.token().id() + "/revoke").with(user(other)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/me/profile").header("Authorization", "Bearer " + token.secret()))
			.andExpect(status().isOk());
	}

	@Test
	void aTokenKeepsItsOwnersRoleLimits() throws Exception {
		AuthenticatedUser patient = people.patient();
		String secret = tokens.create(patient.id(), "script").secret();

		mvc.perform(get("/api/v1/patients").header("Authorization", "Bearer " + secret))
			.andExpect(status().isForbidden());
	}

	@Test
	void sessionCallsToTheApiNeedTheCsrfHeaderForChanges() throws Exception {
		AuthenticatedUser patient = people.patient();

		mvc.perform(put("/api/v1/me/profile").with(user(patient))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"heightCm\": 160}")).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/me/profile").with(user(patient)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"heightCm\": 160}")).andExpect(status().isOk());
	}

}
