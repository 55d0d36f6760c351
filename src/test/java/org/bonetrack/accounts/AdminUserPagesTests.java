package org.bonetrack.accounts;

import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AdminUserPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void adminCreatesAClinicianAndIsShownTheInvitationLinkOnce() throws Exception {
		AuthenticatedUser admin = people.admin();
		String email = TestPeople.uniqueEmail("new-clinician");

		MvcResult created = mvc
			.perform(post("/admin/users").with(user(admin)).with(csrf())
				.param("email", email)
				.param("displayName", "Dr New")
				.param("role", "CLINICIAN"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("invitationLink", containsString("/invite/")))
			.andReturn();
		String link = (String) created.getFlashMap().get("invitationLink");
		Long id = jdbc.queryForObject("select id from users where email = ?", Long.class, email);

		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + id);
		assertThat(jdbc.queryForObject("select role from users where id = ?", String.class, id)).isEqualTo("CLINICIAN");
		mvc.perform(get(link.substring(link.indexOf("/invite/")))).andExpect(status().isOk());
		mvc.perform(get("/admin/users/" + id).with(user(admin)))
			.andExpect(content().string(not(containsString("/invite/"))));
	}

	@Test
	void invalidOrDuplicateEntriesAreExplainedAndTheFormKeepsWhatWasTyped() throws Exception {
		AuthenticatedUser admin = people.admin();
		AuthenticatedUser existing = people.patient();

		mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
			.param("email", "not-an-email")
			.param("displayName", "Typed Name")
			.param("role", "PATIENT"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "account.email.invalid"))
			.andExpect(content().string(containsString("value=\"Typed Name\"")))
			.andExpect(content().string(containsString("aria-describedby=\"email-hint email-error\"")));
		mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
			.param("email", existing.email().toUpperCase())
			.param("displayName", "Someone")
			.param("role", "PATIENT"))
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "account.email.taken"));
	}

	@Test
	void deactivatedPeopleCannotSignInUntilReactivated() throws Exception {
		AuthenticatedUser admin = people.admin();
		AuthenticatedUser patient = people.patient();

		mvc.perform(post("/admin/users/" + patient.id() + "/deactivate").with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + patient.id()));
		mvc.perform(formLogin().user(patient.email()).password(TestPeople.PASSWORD)).andExpect(redirectedUrl("/login?error"));

		mvc.perform(post("/admin/users/" + patient.id() + "/reactivate").with(user(admin)).with(csrf()));
		mvc.perform(formLogin().user(patient.email()).password(TestPeople.PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void adminsCannotDeactivateThemselves() throws Exception {
		AuthenticatedUser admin = people.admin();

		mvc.perform(post("/admin/users/" + admin.id() + "/deactivate").with(user(admin)).with(csrf()))
			.andExpect(flash().attribute("warning", containsString("your own account")));
		assertThat(jdbc.queryForObject("select enabled from users where id = ?", Boolean.class, admin.id())).isTrue();
	}

	@Test
	void listIsSearchableAndPaged() throws Exception {
		AuthenticatedUser admin = people.admin();
		AuthenticatedUser patient = people.patient();

		mvc.perform(get("/admin/users").with(user(admin)).param("q", patient.email()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(patient.email())))
			.andExpect(content().string(containsString("1 accounts")));
	}

	@Test
	void clinicianCreatesAPatientWhoJoinsTheirCareTeam() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		String email = TestPeople.uniqueEmail("their-patient");

		mvc.perform(post("/clinician/patients/new").with(user(clinician)).with(csrf())
			.param("email", email)
			.param("displayName", "Their Patient"))
			.andExpect(redirectedUrl("/clinician/patients"))
			.andExpect(flash().attribute("invitationLink", containsString("/invite/")));

		assertThat(jdbc.queryForObject("""
				select count(*) from care_team c join users u on u.id = c.patient_id
				where c.clinician_id = ? and u.email = ? and u.role = 'PATIENT'
				""", Integer.class, clinician.id(), email)).isEqualTo(1);
	}

}
