package org.bonetrack.dashboard;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ClinicianDetailAndReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.bonetrack.guidance.Guidance guidance;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	LocalDate today = LocalDate.now(ZoneOffset.UTC);

	@Test
	void theDetailShowsFlagsWithReasonsBmdPerSiteScoresAndRecentLogs() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		DashboardFixtures data = new DashboardFixtures(jdbc);
		data.profile(patient.id(), LocalDate.of(1958, 2, 1), today.minusYears(2)).context(patient.id(), "smoker");
		data.scan(patient.id(), today.minusYears(2), "0.950", "-1.4");
		data.scan(patient.id(), today.minusMonths(1), "0.870", "-2.1");
		data.walk(patient.id(), today.minusDays(2));
		data.manualNutrition(patient.id(), today.minusDays(1), false, "950", "40");

		String page = mvc.perform(get("/clinician/patients/" + patient.id()).with(user(clinician)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Meets the 2017 AIBL joint-position treatment criteria")
			.contains("lowest T-score -2.1 is below the threshold")
			.contains("Significant bone density loss since the previous scan")
			.contains("smoking")
			.contains("data-band-low=")
			.contains("0.870")
			.contains("significant loss")
			.contains("Walk")
			.contains("950")
			.contains("/clinician/patients/" + patient.id() + "/report");
		assertThat(audits(clinician, patient, "patient detail")).isEqualTo(1);
	}

	@Test
	void thePdfReportContainsTheLatestBmdValuesAndIsAudited() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		DashboardFixtures data = new DashboardFixtures(jdbc);
		data.profile(patient.id(), LocalDate.of(1958, 2, 1), today.minusYears(2));
		data.scan(patient.id(), today.minusYears(2), "0.950", "-1.4");
		data.scan(patient.id(), today.minusMonths(1), "0.873", "-2.1");
		data.week(patient.id(), today.with(java.time.DayOfWeek.MONDAY).minusWeeks(1), 61, false);

		byte[] pdf = mvc.perform(get("/clinician/patients/" + patient.id() + "/report").with(user(clinician)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();

		String text = text(pdf);
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(text).contains(patient.displayName())
			.contains("0.873")
			.contains("-2.1")
			.contains(today.minusMonths(1).toString())
			.contains("rule set version " + guidance.currentRules().version())
			.contains("Significant bone density loss")
			.contains("Calcium per day")
			.contains("61");
		assertThat(audits(clinician, patient, "visit report")).isEqualTo(1);
	}

	@Test
	void aPatientWithNoDataAtAllHasAReadableDetailAndReport() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);

		mvc.perform(get("/clinician/patients/" + patient.id()).with(user(clinician)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("No DEXA scan recorded yet")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("No sessions logged in this period")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("no scan recorded")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("none recorded")));
		byte[] pdf = mvc.perform(get("/clinician/patients/" + patient.id() + "/report").with(user(clinician)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(text(pdf)).contains("No DEXA scan recorded").contains("not recorded").contains("no risk factors recorded");
	}

	@Test
	void anotherCareTeamsPatientHasNoReport() throws Exception {
		AuthenticatedUser patient = people.patientOf(people.clinician());
		mvc.perform(get("/clinician/patients/" + patient.id() + "/report").with(user(people.clinician())))
			.andExpect(status().isNotFound());
	}

	private int audits(AuthenticatedUser clinician, AuthenticatedUser patient, String what) {
		return jdbc.queryForObject("""
				select count(*) from audit_events where actor_id = ? and patient_id = ?
				and action = 'PATIENT_RECORD_VIEWED' and details = ?""", Integer.class, clinician.id(), patient.id(), what);
	}

	static String text(byte[] pdf) throws Exception {
		PdfReader reader = new PdfReader(pdf);
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page)).append('\n');
		}
		return text.toString();
	}

}
