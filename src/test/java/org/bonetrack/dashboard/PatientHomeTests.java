package org.bonetrack.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PatientHomeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	LocalDate today = LocalDate.now(ZoneOffset.UTC);

	@Test
	void theLayoutShowsThePatientsNavigationWithTheHomePageCurrent() throws Exception {
		String page = home(people.patient());

		assertThat(page).contains("<a class=\"nav-link\" href=\"/me\" aria-current=\"page\">Home</a>")
			.contains("<a class=\"nav-link\" href=\"/me/exercise\">Exercise</a>")
			.contains("href=\"/me/profile\">Profile</a>")
			.doesNotContain("href=\"/admin/users\"")
			.doesNotContain("href=\"/clinician/patients\"");
	}

	@Test
	void aNewPatientWithNoDataIsToldWhatToDoFirst() throws Exception {
		AuthenticatedUser patient = people.patient();

		String page = home(patient);

		assertThat(page).contains("Getting started")
			.contains("Log your first exercise session")
			.contains("No DEXA scan is recorded yet")
			.contains("Nothing logged today yet")
			.contains("Your weekly scores appear here")
			.contains("Log exercise");
	}

	@Test
	void theHomeShowsTheWeekTheLastWeeksTheLatestScanAndTodaysNutrients() throws Exception {
		AuthenticatedUser patient = people.patient();
		DashboardFixtures data = new DashboardFixtures(jdbc);
		data.profile(patient.id(), LocalDate.of(1960, 5, 1), today.minusYears(3));
		data.scan(patient.id(), today.minusYears(2), "0.950", "-1.2");
		data.scan(patient.id(), today.minusMonths(3), "0.880", "-1.9");
		data.manualNutrition(patient.id(), today, false, "600", "30");
		data.walk(patient.id(), today);
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		data.week(patient.id(), monday.minusWeeks(1), 57, false).week(patient.id(), monday.minusWeeks(2), 43, false);

		String page = home(patient);

		assertThat(page).doesNotContain("Getting started")
			.contains("This week so far")
			.contains("Your most useful next step")
			.contains("data-total=\"57\"")
			.contains("data-total=\"43\"")
			.contains("Osteopenia")
			.contains("-1.9")
			.contains("since " + today.minusYears(2))
			.contains("Next scan due")
			.contains(today.minusMonths(3).plusMonths(12).toString())
			.contains("600 mg")
			.contains("1200 mg")
			.contains("50 %");
		assertThat(page).containsPattern("\\d+ of \\d+ days");
	}

	private String home(AuthenticatedUser patient) throws Exception {
		return mvc.perform(get("/me").with(user(patient)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
