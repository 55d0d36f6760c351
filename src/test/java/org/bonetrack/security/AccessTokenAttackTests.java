package org.bonetrack.security;

import java.util.List;

import org.bonetrack.accounts.NewAccessToken;
import org.bonetrack.accounts.internal.AccountService;
import org.bonetrack.accounts.internal.PersonalAccessTokenService;
import org.bonetrack.security.SecurityWorld.World;
import org.bonetrack.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a stolen or leaked personal access token can and cannot do: it is not in the database
 * (only its hash), it acts only as its owner and only on the JSON API, and it stops working
 * when revoked, when the account is deactivated or while the account is locked.
 */
@IntegrationTest
@Import(SecurityWorld.class)
class AccessTokenAttackTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SecurityWorld worlds;

	@Autowired
	PersonalAccessTokenService tokens;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSecretIsNowhereInTheDatabase() {
		World world = worlds.create();
		String secret = world.patientToken().secret();

		List<String> columns = jdbc.queryForList("""
				select table_name || '.' || column_name from information_schema.columns
				where table_schema = 'public' and data_type in ('character varying', 'text')
				""", String.class);
		for (String column : columns) {
			String[] parts = column.split("\\.");
			Integer hits = jdbc.queryForObject("select count(*) from " + parts[0] + " where " + parts[1]
					+ " like ?", Integer.class, "%" + secret.substring(3, 20) + "%");
			assertThat(hits).as("rows of %s holding the token's secret", column).isZero();
		}
	}

	@Test
	void aTokenActsAsItsOwnerOnly() throws Exception {
		World world = worlds.create();

		mvc.perform(bearer(get("/api/v1/me/profile"), world.patientToken()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(world.patient().id()));
		mvc.perform(bearer(get("/api/v1/patients/" + world.otherPatient().id()), world.clinicianToken()))
			.andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/v1/patients/" + world.patient().id()), world.patientToken()))
			.andExpect(status().isForbidden());
		mvc.perform(bearer(get("/api/v1/me/profile"), world.adminToken())).andExpect(status().isForbidden());
	}

	@Test
	void aTokenOpensNoPagesAndCannotMintMoreTokens() throws Exception {
		World world = worlds.create();
		int before = jdbc.queryForObject("select count(*) from personal_access_tokens where user_id = ?", Integer.class,
				world.patient().id());

		assertThat(mvc.perform(bearer(get("/me/profile"), world.patientToken())).andReturn().getResponse()
			.getRedirectedUrl()).endsWith("/login");
		mvc.perform(bearer(post("/account/tokens").param("name", "minted"), world.patientToken()))
			.andExpect(status().isForbidden());

		assertThat(jdbc.queryForObject("select count(*) from personal_access_tokens where user_id = ?", Integer.class,
				world.patient().id())).isEqualTo(before);
	}

	@Test
	void aRevokedTokenIsRefusedEverywhereOnTheApi() throws Exception {
		World world = worlds.create();
		tokens.revoke(world.clinician().id(), world.clinicianToken().token().id());

		mvc.perform(bearer(get("/api/v1/patients"), world.clinicianToken())).andExpect(status().isUnauthorized());
		mvc.perform(bearer(get("/api/v1/patients/" + world.patient().id()), world.clinicianToken()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void deactivatingOrLockingTheAccountStopsItsTokens() throws Exception {
		World world = worlds.create();

		jdbc.update("update users set locked_until = now() + interval '10 minutes' where id = ?", world.patient().id());
		mvc.perform(bearer(get("/api/v1/me/profile"), world.patientToken())).andExpect(status().isUnauthorized());

		accounts.setEnabled(world.clinician().id(), false, world.admin().id());
		mvc.perform(bearer(get("/api/v1/patients"), world.clinicianToken())).andExpect(status().isUnauthorized());
	}

	@Test
	void aMalformedAuthorizationHeaderIsA401ProblemNotAnError() throws Exception {
		for (String header : List.of("Bearer ", "Bearer bt_", "Bearer " + "x".repeat(5000), "Bearer ' or 1=1 --")) {
			mvc.perform(get("/api/v1/me/profile").header("Authorization", header))
				.andExpect(status().isUnauthorized())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
					.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder bearer(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, NewAccessToken token) {
		return request.header("Authorization", "Bearer " + token.secret());
	}

}
