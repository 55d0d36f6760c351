package org.bonetrack.exercise;

import java.util.Map;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.exercise.internal.SessionSource;
import org.bonetrack.exercise.internal.imports.ExerciseImports;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 10,000-row file of {@code ExerciseImportBenchmark} imports completely, and a second import
 * of it adds nothing. (Its speed is measured by the benchmark, not here.)
 */
@IntegrationTest
class LargeStrongImportTests {

	@Autowired
	ExerciseImports imports;

	@Autowired
	TestPeople people;

	@Autowired
	Patients patients;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void tenThousandRowsImportOnceAndASecondImportAddsZeroSessions() {
		AuthenticatedUser patient = people.patient();
		StrongFileGenerator.Export export = StrongFileGenerator.rows(10_000, patients.today(patient.id()).minusDays(1));
		assertThat(export.rows()).isEqualTo(10_000);

		long first = imports.stage(patient.id(), SessionSource.STRONG, "strong.csv", export.bytes(), MassUnit.KG);
		ExerciseImports.Preview preview = imports.preview(patient.id(), first);
		assertThat(preview.plan().problems()).isEmpty();
		ExerciseImports.Result result = imports.confirm(patient.id(), first, MassUnit.KG, Map.of());

		assertThat(result.sessionsAdded()).isEqualTo(export.workouts() + export.workoutsWithImpacts());
		assertThat(jdbc.queryForObject("select count(*) from exercise_sets x join exercise_sessions s on s.id = x.session_id where s.patient_id = ?",
				Integer.class, patient.id())).isEqualTo(preview.newSessions().stream().mapToInt(s -> s.session().sets().size()).sum())
			.isGreaterThan(7_000);

		long second = imports.stage(patient.id(), SessionSource.STRONG, "strong.csv", export.bytes(), MassUnit.KG);
		assertThat(imports.confirm(patient.id(), second, MassUnit.KG, Map.of()).sessionsAdded()).isZero();
		assertThat(jdbc.queryForObject("select count(*) from exercise_sessions where patient_id = ?", Integer.class,
				patient.id())).isEqualTo(result.sessionsAdded());
	}

}
