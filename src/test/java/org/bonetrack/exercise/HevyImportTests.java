package org.bonetrack.exercise;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.exercise.internal.SessionSource;
import org.bonetrack.exercise.internal.imports.ExerciseImports;
import org.bonetrack.exercise.internal.imports.ImportPlan;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Hevy's exports: metric, imperial and mixed units, its date formats and set types (fixtures are made up). */
@IntegrationTest
class HevyImportTests {

	@Autowired
	ExerciseImports imports;

	@Autowired
	ExerciseLog log;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theMetricExportReadsSetTypesTheZeroBasedSetIndexAndCardio() {
		AuthenticatedUser patient = people.patient();
		ImportPlan plan = confirm(patient, "hevy/metric.csv");

		assertThat(plan.format()).isEqualTo("Hevy (weights in kg, distances in km)");
		assertThat(plan.problems()).isEmpty();
		List<ExerciseSessionView> saved = log.sessions(patient.id(), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30));
		assertThat(saved).extracting(ExerciseSessionView::date, ExerciseSessionView::type)
			.containsExactly(tuple(LocalDate.of(2025, 4, 8), ExerciseType.RESISTANCE),
					tuple(LocalDate.of(2025, 4, 8), ExerciseType.IMPACT), tuple(LocalDate.of(2025, 4, 10), ExerciseType.WALK));
		ExerciseSessionView lifting = saved.get(0);
		assertThat(lifting.startTime()).isEqualTo(LocalTime.of(16, 50));
		assertThat(lifting.durationMinutes()).as("start to end").isEqualTo(52);
		assertThat(lifting.notes()).isEqualTo("Lower Body: Good energy\nRomanian Deadlift (Barbell): Keep back flat");
		assertThat(lifting.sets()).extracting(ExerciseSetView::exerciseKey, ExerciseSetView::reps, ExerciseSetView::warmup,
				ExerciseSetView::rir)
			.containsExactly(tuple("squat", 10, true, null), tuple("squat", 8, false, 2), tuple("squat", 7, false, 0),
					tuple("deadlift", 10, false, null), tuple("deadlift", 12, false, null));
		assertThat(saved.get(1).impacts()).extracting(ImpactView::activityKey, ImpactView::count)
			.containsExactly(tuple("counter-movement-jump", 30));
		ExerciseSessionView walk = saved.get(2);
		assertThat(walk.durationMinutes()).isEqualTo(45);
		assertThat(walk.distanceKm()).isEqualByComparingTo("3.4");
		assertThat(walk.notes()).startsWith("Walking\nMorning walk");
	}

	@Test
	void theImperialExportConvertsPoundsAndMilesAndReadsTwelveHourTimes() {
		AuthenticatedUser patient = people.patient();
		confirm(patient, "hevy/imperial.csv");

		List<ExerciseSessionView> saved = log.sessions(patient.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
		assertThat(saved).extracting(ExerciseSessionView::type).containsExactly(ExerciseType.RESISTANCE, ExerciseType.IMPACT);
		assertThat(saved.get(0).startTime()).isEqualTo(LocalTime.of(10, 0));
		assertThat(saved.get(0).durationMinutes()).isEqualTo(55);
		assertThat(saved.get(0).sets()).extracting(ExerciseSetView::exerciseKey, s -> s.loadKg().toPlainString(), ExerciseSetView::rir)
			.containsExactly(tuple("overhead-press", "9.072", null), tuple("overhead-press", "11.340", 1),
					tuple("row", "31.751", null));
		ExerciseSessionView run = saved.get(1);
		assertThat(run.startTime()).isEqualTo(LocalTime.of(18, 15));
		assertThat(run.distanceKm()).as("2.5 miles").isEqualByComparingTo("4.023");
		assertThat(run.impacts()).extracting(ImpactView::activityKey, ImpactView::count)
			.as("30 minutes of running, capped").containsExactly(tuple("jogging", 2000));
	}

	@Test
	void weightAndDistanceUnitsAreReadFromEachColumnAndDottedDatesAreUnderstood() {
		AuthenticatedUser patient = people.patient();
		ImportPlan plan = confirm(patient, "hevy/mixed-units.csv");

		assertThat(plan.format()).isEqualTo("Hevy (weights in kg, distances in miles)");
		List<ExerciseSessionView> saved = log.sessions(patient.id(), LocalDate.of(2025, 6, 5), LocalDate.of(2025, 6, 5));
		assertThat(saved).extracting(ExerciseSessionView::type).containsExactly(ExerciseType.RESISTANCE, ExerciseType.CYCLE);
		assertThat(saved.get(0).sets()).extracting(ExerciseSetView::exerciseKey).containsExactly("squat", "squat");
		assertThat(saved.get(0).sets().get(0).loadKg()).isEqualByComparingTo("16");
		assertThat(saved.get(1).distanceKm()).as("10 miles").isEqualByComparingTo("16.093");
		assertThat(saved.get(1).durationMinutes()).isEqualTo(40);
	}

	@Test
	void aSecondImportOfTheSameFileAddsNothing() {
		AuthenticatedUser patient = people.patient();
		confirm(patient, "hevy/metric.csv");
		long again = imports.stage(patient.id(), SessionSource.HEVY, "workout_data.csv", ImportFixtures.bytes("hevy/metric.csv"), MassUnit.KG);

		assertThat(imports.confirm(patient.id(), again, MassUnit.KG, Map.of()).sessionsAdded()).isZero();
		assertThat(jdbc.queryForObject("select count(*) from exercise_sessions where patient_id = ?", Integer.class, patient.id()))
			.isEqualTo(3);
	}

	@Test
	void onlyTheLatestUnconfirmedUploadsAreKept() {
		AuthenticatedUser patient = people.patient();
		long first = imports.stage(patient.id(), SessionSource.HEVY, "1.csv", ImportFixtures.bytes("hevy/metric.csv"), MassUnit.KG);
		for (int i = 0; i < 5; i++) {
			imports.stage(patient.id(), SessionSource.HEVY, "n.csv", ImportFixtures.bytes("hevy/metric.csv"), MassUnit.KG);
		}

		assertThat(imports.recent(patient.id(), 10)).hasSize(5).noneMatch(upload -> upload.id() == first);
	}

	@ParameterizedTest
	@CsvSource({ "bad/binary.csv, import.file.binary", "bad/wrong-columns.csv, import.format.wrongColumns",
			"bad/empty.csv, import.file.empty", "strong/a-comma-2021.csv, import.format.looksLikeStrong" })
	void filesThatAreNotHevyExportsAreRefusedAndNothingIsKept(String file, String code) {
		AuthenticatedUser patient = people.patient();

		assertThatThrownBy(() -> imports.stage(patient.id(), SessionSource.HEVY, "x.csv", ImportFixtures.bytes(file), MassUnit.KG))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(p -> p.field() + " " + p.code()).containsExactly("file " + code));
		assertThat(jdbc.queryForObject("select count(*) from exercise_imports where patient_id = ?", Integer.class, patient.id())).isZero();
	}

	private ImportPlan confirm(AuthenticatedUser patient, String file) {
		long id = imports.stage(patient.id(), SessionSource.HEVY, file, ImportFixtures.bytes(file), MassUnit.KG);
		ImportPlan plan = imports.preview(patient.id(), id).plan();
		imports.confirm(patient.id(), id, MassUnit.KG, Map.of());
		return plan;
	}

}
