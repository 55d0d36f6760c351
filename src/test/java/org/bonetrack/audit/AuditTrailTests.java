package org.bonetrack.audit;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

@IntegrationTest
class AuditTrailTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void signInsAndFailedSignInsAreRecorded() throws Exception {
		AuthenticatedUser patient = people.patient();

		mvc.perform(formLogin().user(patient.email()).password("not the password"));
		mvc.perform(formLogin().user(patient.email()).password(TestPeople.PASSWORD));

		assertThat(jdbc.queryForList("select action from audit_events where actor_email = ? order by id", String.class,
				patient.email()))
			.containsSubsequence("LOGIN_FAILED", "LOGIN_SUCCEEDED");
	}

	@Test
	void theTrailCannotBeChangedOrDeleted() {
		people.patient();

		assertThatThrownBy(() -> jdbc.update("update audit_events set action = 'X' where id = (select max(id) from audit_events)"))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from audit_events where id = (select max(id) from audit_events)"))
			.hasMessageContaining("append-only");
	}

	@Test
	void adminsFilterTheTrailByUserAndAction() throws Exception {
		AuthenticatedUser patient = people.patient();
		mvc.perform(formLogin().user(patient.email()).password(TestPeople.PASSWORD));

		mvc.perform(get("/admin/audit").with(user(people.admin()))
			.param("user", patient.email())
			.param("action", "LOGIN_SUCCEEDED"))
			.andExpect(content().string(containsString("1 entries")))
			.andExpect(content().string(containsString(patient.email())));
	}

}
