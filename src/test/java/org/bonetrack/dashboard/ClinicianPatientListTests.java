package org.bonetrack.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.dashboard.internal.CareTeamOverview;
import org.bonetrack.dashboard.internal.PatientOverview;
import org.bonetrack.scoring.rules.ClinicalFlag;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.StatementCounter;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ClinicianPatientListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter counter;

	@Autowired
	CareTeamOverview overview;

	DashboardFixtures data;

	LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);

	LocalDate lastMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);

	@BeforeEach
	void fixtures() {
		data = new DashboardFixtures(jdbc);
	}

	@Test
	void theListCostsTheSameNumberOfStatementsForFiveAndForTwoHundredPatients() throws Exception {
		AuthenticatedUser few = people.clinician();
		AuthenticatedUser many = people.clinician();
		for (int i = 0; i < 5; i++) {
			patientWithData(few, i);
		}
		for (int i = 0; i < 200; i++) {
			patientWithData(many, i);
		}
		list(few);
		int forFive = counter.count(() -> list(few)).statements();
		int forTwoHundred = counter.count(() -> list(many)).statements();

		assertThat(forFive).isPositive();
		assertThat(forTwoHundred).isEqualTo(forFive);
	}

	@Test
	void patientsMostInNeedComeFirstSafetyBeforeLossBeforeNothing() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser calm = people.patientOf(clinician);
		AuthenticatedUser losing = people.patientOf(clinician);
		AuthenticatedUser unsafe = people.patientOf(clinician);
		for (AuthenticatedUser patient : List.of(calm, losing, unsafe)) {
			data.profile(patient.id(), LocalDate.of(1962, 3, 1), today.minusYears(2));
			data.scan(patient.id(), today.minusMonths(14), "1.000", "-0.5");
			data.walk(patient.id(), today);
			for (int w = 1; w <= 4; w++) {
				data.week(patient.id(), lastMonday.minusWeeks(w - 1L), 80, false);
			}
		}
		data.scan(losing.id(), today.minusMonths(1), "0.900", "-1.3");
		data.scan(calm.id(), today.minusMonths(1), "1.000", "-0.5");
		data.week(unsafe.id(), lastMonday, 80, true);
		data.scan(unsafe.id(), today.minusMonths(1), "1.000", "-0.5");

		String page = list(clinician);

		assertThat(rowOrder(page)).containsSubsequence(unsafe.id(), losing.id(), calm.id());
		assertThat(page).contains("upper-limit warning in 1 recent week");
	}

	@Test
	void filterBySearchAndByFlagAndSortByAColumn() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser scanned = people.patientOf(clinician);
		AuthenticatedUser neverScanned = people.patientOf(clinician);
		data.scan(scanned.id(), today.minusMonths(2), "0.800", "-2.6");
		data.walk(scanned.id(), today);

		String dexaDue = mvc.perform(get("/clinician/patients").param("flag", "dexaDue").with(user(clinician)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(rowOrder(dexaDue)).containsExactly(neverScanned.id());

		String aibl = mvc.perform(get("/clinician/patients").param("flag", "aibl").with(user(clinician)))
			.andReturn().getResponse().getContentAsString();
		assertThat(rowOrder(aibl)).containsExactly(scanned.id());

		String byTScoreDescending = mvc
			.perform(get("/clinician/patients").param("sort", "tscore").param("dir", "desc").with(user(clinician)))
			.andExpect(content().string(containsString("aria-sort=\"descending\"")))
			.andReturn().getResponse().getContentAsString();
		assertThat(rowOrder(byTScoreDescending)).containsExactly(neverScanned.id(), scanned.id());

		mvc.perform(get("/clinician/patients").param("q", "no such name at all").with(user(clinician)))
			.andExpect(content().string(containsString("No patients on your care team match")))
			.andExpect(content().string(not(containsString("data-patient="))));
	}

	@Test
	void aPatientWithNoDataAtAllIsListedAsNeverScannedAndSilent() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser empty = people.patientOf(clinician);

		String page = list(clinician);

		assertThat(rowOrder(page)).containsExactly(empty.id());
		assertThat(page).contains("no scan").contains("never scanned").contains("no scores").contains("nothing logged");
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_events where actor_id = ? and patient_id = ? and details = 'patient list'
				""", Integer.class, clinician.id(), empty.id())).isEqualTo(1);
	}

	@Test
	void thePageListsTwentyFivePatientsAndAuditsOnlyThose() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		for (int i = 0; i < 27; i++) {
			people.patientOf(clinician);
		}
		assertThat(rowOrder(list(clinician))).hasSize(25);
		String second = mvc.perform(get("/clinician/patients").param("page", "1").with(user(clinician)))
			.andReturn().getResponse().getContentAsString();
		assertThat(rowOrder(second)).hasSize(2);
		assertThat(jdbc.queryForObject("select count(*) from audit_events where actor_id = ? and details = 'patient list'",
				Integer.class, clinician.id())).isEqualTo(27);
	}

	@Test
	void onlyThePatientsOnThePageHaveTheirFlagsWrittenOutInWords() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		for (int i = 0; i < 27; i++) {
			people.patientOf(clinician);
		}

		List<PatientOverview> team = overview.careTeam(clinician.id());
		String second = mvc.perform(get("/clinician/patients").param("page", "1").with(user(clinician)))
			.andReturn().getResponse().getContentAsString();

		// sorting and filtering need only the flags; their words come for the rows a page shows
		assertThat(team).hasSize(27).allSatisfy(patient -> {
			assertThat(patient.has(ClinicalFlag.Kind.DEXA_DUE)).isTrue();
			assertThatThrownBy(patient::flags).isInstanceOf(IllegalStateException.class);
		});
		assertThat(overview.withFlagWords(team.subList(0, 2))).allSatisfy(patient -> assertThat(patient.flags())
			.extracting(PatientOverview.FlagView::summary)
			.contains("DEXA scan due: no scan recorded"));
		assertThat(rowOrder(second)).hasSize(2);
		assertThat(second.split("DEXA scan due: no scan recorded", -1)).hasSize(3);
	}

	private void patientWithData(AuthenticatedUser clinician, int i) {
		AuthenticatedUser patient = people.patientOf(clinician);
		data.profile(patient.id(), LocalDate.of(1955 + i % 15, 1 + i % 12, 1), today.minusMonths(6 + i % 30));
		data.weight(patient.id(), today.minusDays(10), "64.5");
		data.scan(patient.id(), today.minusMonths(20), "0.950", "-1.1");
		data.scan(patient.id(), today.minusMonths(2), i % 2 == 0 ? "0.850" : "0.945", "-1.6");
		data.walk(patient.id(), today.minusDays(i % 20));
		data.manualNutrition(patient.id(), today.minusDays(1), i % 3 == 0, "800", "120");
		for (int w = 0; w < 4; w++) {
			data.week(patient.id(), lastMonday.minusWeeks(w), 20 + (i * 7 + w) % 70, i % 5 == 0 && w == 0);
		}
		if (i % 4 == 0) {
			data.context(patient.id(), "takes_warfarin");
		}
	}

	private String list(AuthenticatedUser clinician) throws Exception {
		return mvc.perform(get("/clinician/patients").with(user(clinician)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	static List<Long> rowOrder(String page) {
		List<Long> ids = new ArrayList<>();
		Matcher matcher = Pattern.compile("data-patient=\"(\\d+)\"").matcher(page);
		while (matcher.find()) {
			ids.add(Long.parseLong(matcher.group(1)));
		}
		return ids;
	}

}
