package org.bonetrack.nutrition.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bonetrack.nutrition.DailyNutrition;
import org.bonetrack.nutrition.NutritionLog;
import org.bonetrack.patients.DemoCohort;
import org.bonetrack.patients.DemoPatient;
import org.bonetrack.patients.DemoTrait;
import org.bonetrack.patients.Patients;
import org.bonetrack.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo profile gives each demo patient a year of nutrition that matches her habits. */
@IntegrationTest
@ActiveProfiles({ "test", "demo" })
class DemoNutritionSeederTests {

	@Autowired
	DemoCohort cohort;

	@Autowired
	NutritionLog log;

	@Autowired
	Patients patients;

	@Autowired
	DemoNutritionSeeder seeder;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyDemoPatientButTheNewestHasAboutAYearOfDaysLoggedAsOftenAsHerAdherence() {
		for (DemoPatient patient : cohort.patients()) {
			LocalDate today = patients.today(patient.id());
			List<DailyNutrition> days = log.days(patient.id(), today.minusDays(400), today);
			if (patient.has(DemoTrait.NEW_NO_DATA)) {
				assertThat(days).as(patient.email()).isEmpty();
				continue;
			}
			assertThat(days.get(0).date()).as(patient.email()).isBefore(today.minusDays(300));
			if (patient.adherence() >= 0.8 && !patient.has(DemoTrait.LAPSED)) {
				assertThat(days.size()).as(patient.email()).isGreaterThan(250);
			}
			if (patient.adherence() <= 0.3) {
				assertThat(days.size()).as(patient.email()).isLessThan(150);
			}
		}
	}

	@Test
	void theCalciumOverdoerPassesTheUpperLimitAndThePatientOnWarfarinTakesVitaminK() {
		DemoPatient overdoer = withTrait(DemoTrait.CALCIUM_OVERDOER);
		List<DailyNutrition> overdoing = recentDays(overdoer);
		assertThat(overdoing).isNotEmpty()
			.allSatisfy(day -> assertThat(day.calciumMg()).isGreaterThan(new java.math.BigDecimal("2000")));

		DemoPatient warfarin = withTrait(DemoTrait.WARFARIN_VITAMIN_K);
		assertThat(patients.profile(warfarin.id()).clinicalContext().takesWarfarin()).isTrue();
		assertThat(recentDays(warfarin)).filteredOn(DailyNutrition::vitaminKSupplement).isNotEmpty();
		assertThat(cohort.patients()).filteredOn(patient -> !patient.has(DemoTrait.WARFARIN_VITAMIN_K))
			.allSatisfy(patient -> assertThat(recentDays(patient)).noneMatch(DailyNutrition::vitaminKSupplement));
	}

	@Test
	void lapsedPatientsStoppedLoggingThreeToFourWeeksAgo() {
		List<DemoPatient> lapsed = cohort.patients().stream().filter(patient -> patient.has(DemoTrait.LAPSED)).toList();
		Map<Long, LocalDate> latest = log.lastLoggedOn(lapsed.stream().map(DemoPatient::id).toList());

		assertThat(lapsed).isNotEmpty().allSatisfy(patient -> {
			LocalDate today = patients.today(patient.id());
			assertThat(latest.get(patient.id())).isBetween(today.minusDays(35), today.minusDays(21));
		});
	}

	@Test
	void runningTheSeederAgainAddsNothing() throws Exception {
		int before = jdbc.queryForObject("select count(*) from nutrition_entries", Integer.class);

		seeder.run(null);

		assertThat(jdbc.queryForObject("select count(*) from nutrition_entries", Integer.class)).isEqualTo(before);
	}

	private DemoPatient withTrait(DemoTrait trait) {
		return cohort.patients().stream().filter(patient -> patient.has(trait)).findFirst().orElseThrow();
	}

	private List<DailyNutrition> recentDays(DemoPatient patient) {
		LocalDate today = patients.today(patient.id());
		return log.days(patient.id(), today.minusDays(60), today);
	}

}
