package org.bonetrack.scoring;

import org.bonetrack.accounts.Accounts;
import org.bonetrack.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's patients have a stored score for every complete week of their history from the start. */
@IntegrationTest
@ActiveProfiles({ "test", "demo" })
class DemoScoresTests {

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyCompleteDemoWeekIsScoredAtStartup() {
		long patient = accounts.findByEmail("patient@demo.test").orElseThrow().id();

		Integer weeks = jdbc.queryForObject("""
				select count(*) from weekly_scores where patient_id = ? and not in_progress""", Integer.class, patient);
		Integer gaps = jdbc.queryForObject("""
				select count(*) from (
				    select week_start - lag(week_start) over (order by week_start) as gap
				    from weekly_scores where patient_id = ?) steps
				where gap <> 7""", Integer.class, patient);

		assertThat(weeks).isGreaterThanOrEqualTo(50);
		assertThat(gaps).isZero();
	}

	@Test
	void demoWeeksAreScoredFromTheDemoLogsNotFromEmptyWeeks() {
		long patient = accounts.findByEmail("patient@demo.test").orElseThrow().id();

		Integer withLoading = jdbc.queryForObject(
				"select count(*) from weekly_scores where patient_id = ? and not in_progress and loading > 0",
				Integer.class, patient);
		Integer withNutrition = jdbc.queryForObject(
				"select count(*) from weekly_scores where patient_id = ? and not in_progress and nutrition > 0",
				Integer.class, patient);

		assertThat(withLoading).isGreaterThanOrEqualTo(20);
		assertThat(withNutrition).isGreaterThanOrEqualTo(20);
	}

}
