package org.bonetrack.exercise;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.exercise.internal.SessionSource;
import org.bonetrack.exercise.internal.imports.ExerciseImports;
import org.bonetrack.exercise.internal.imports.ImportAlreadyConfirmedException;
import org.bonetrack.exercise.internal.imports.ImportPlan;
import org.bonetrack.exercise.internal.imports.RowProblem;
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

/** Strong's exports in every header generation, read and saved (fixtures are made up). */
@IntegrationTest
class StrongImportTests {

	@Autowired
	ExerciseImports imports;

	@Autowired
	ExerciseLog log;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theCommaExportReadsWarmUpDropAndFailureSetsSkipsRestTimersAndReportsBadLines() {
		AuthenticatedUser patient = people.patient();
		long id = imports.stage(patient.id(), SessionSource.STRONG, "strong.csv", ImportFixtures.bytes("strong/a-comma-2021.csv"), MassUnit.KG);

		ExerciseImports.Preview preview = imports.preview(patient.id(), id);
		ImportPlan plan = preview.plan();

		assertThat(plan.format()).isEqualTo("Strong 2021–2024");
		assertThat(plan.unitAsked()).isTrue();
		assertThat(plan.sessions()).extracting(s -> s.session().date() + " " + s.session().type())
			.containsExactly("2024-03-04 RESISTANCE", "2024-03-04 IMPACT", "2024-03-07 IMPACT", "2024-03-09 RESISTANCE");
		assertThat(plan.problems()).extracting(RowProblem::line, RowProblem::code).containsExactly(tuple(15L, "import.row.reps"));
		assertThat(plan.counts().restRows()).isEqualTo(1);
		assertThat(plan.counts().timedRows()).as("the plank").isEqualTo(1);
		assertThat(plan.counts().implausibleDurations()).as("144h 19min").isEqualTo(1);
		assertThat(plan.counts().cappedImpactCounts()).isEqualTo(1);
		assertThat(plan.names()).filteredOn(ImportPlan.NameUse::needsReview)
			.extracting(ImportPlan.NameUse::vendorName)
			.containsExactly("Cable Face Pull");
		assertThat(preview.newSessions()).hasSize(4);

		imports.confirm(patient.id(), id, MassUnit.KG, Map.of());

		List<ExerciseSessionView> saved = log.sessions(patient.id(), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
		assertThat(saved).hasSize(4);
		ExerciseSessionView lifting = saved.stream().filter(s -> s.type() == ExerciseType.RESISTANCE).findFirst().orElseThrow();
		assertThat(lifting.startTime()).isEqualTo(LocalTime.of(7, 31, 5));
		assertThat(lifting.durationMinutes()).isEqualTo(52);
		assertThat(lifting.notes()).isEqualTo("Morning Strength: Felt good\nSquat (Barbell): Slow and steady");
		assertThat(lifting.sets()).extracting(ExerciseSetView::exerciseKey, s -> s.loadKg().stripTrailingZeros().toPlainString(),
				ExerciseSetView::reps, ExerciseSetView::warmup, ExerciseSetView::rir)
			.containsExactly(tuple("squat", "20", 10, true, null), tuple("squat", "40", 8, false, 3),
					tuple("squat", "42.5", 8, false, 2), tuple("deadlift", "50", 6, false, null),
					tuple("deadlift", "40", 8, false, null), tuple("deadlift", "40", 5, false, 0));
		ExerciseSessionView jumps = saved.get(1);
		assertThat(jumps.impacts()).extracting(ImpactView::activityKey, ImpactView::count)
			.containsExactly(tuple("counter-movement-jump", 20));
		ExerciseSessionView run = saved.get(2);
		assertThat(run.impacts()).extracting(ImpactView::activityKey, ImpactView::count).containsExactly(tuple("jogging", 2000));
		assertThat(run.durationMinutes()).isEqualTo(31);
		assertThat(run.distanceKm()).isEqualByComparingTo("5.2");
		ExerciseSessionView fullBody = saved.get(3);
		assertThat(fullBody.durationMinutes()).as("a workout left running gets no duration").isNull();
		assertThat(fullBody.sets()).extracting(ExerciseSetView::exercise).containsExactly("lunge", "Cable Face Pull");
	}

	@Test
	void weightsWithoutAUnitAreReadInTheUnitThePatientNames() {
		AuthenticatedUser patient = people.patient();
		confirm(patient, "strong/a-prime-comma-2025.csv", MassUnit.LB);

		List<ExerciseSessionView> saved = log.sessions(patient.id(), LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30));
		assertThat(saved).extracting(ExerciseSessionView::type).containsExactly(ExerciseType.RESISTANCE, ExerciseType.WALK);
		assertThat(saved.get(0).sets().get(1).loadKg()).isEqualByComparingTo("45.359");
		assertThat(saved.get(0).sets().get(1).rir()).isEqualTo(2);
		assertThat(saved.get(0).sets().get(3).exerciseKey()).isEqualTo("calf-raise");
		assertThat(saved.get(1).durationMinutes()).isEqualTo(38);
		assertThat(saved.get(1).distanceKm()).as("1.9 miles").isEqualByComparingTo("3.058");
	}

	@Test
	void theSemicolonExportOf2019ReadsItsUnitColumnsAndDecimalCommas() {
		AuthenticatedUser patient = people.patient();
		ImportPlan plan = confirm(patient, "strong/b-semicolon-2019.csv", MassUnit.KG);

		assertThat(plan.unitAsked()).isFalse();
		assertThat(plan.counts().timedRows()).isEqualTo(1);
		List<ExerciseSessionView> saved = log.sessions(patient.id(), LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 31));
		assertThat(saved.get(0).durationMinutes()).isNull();
		assertThat(saved.get(0).sets()).extracting(s -> s.loadKg().stripTrailingZeros().toPlainString(), ExerciseSetView::rir)
			.containsExactly(tuple("60", null), tuple("61.235", null), tuple("7.5", 2));
		assertThat(saved.get(0).notes()).isEqualTo("Bone Day\nLunge (Dumbbell): Wobbly on the left");
		assertThat(saved.get(1).type()).isEqualTo(ExerciseType.WALK);
		assertThat(saved.get(1).distanceKm()).as("1,5 mi.").isEqualByComparingTo("2.414");
		assertThat(saved.get(1).durationMinutes()).isEqualTo(25);
	}

	@Test
	void theQuotedSemicolonExportReadsKilogramsWithFloatNoiseSecondsAndMetres() {
		AuthenticatedUser patient = people.patient();
		ImportPlan plan = confirm(patient, "strong/c-quoted-semicolon.csv", MassUnit.LB);

		assertThat(plan.format()).startsWith("Strong 6");
		assertThat(plan.unitAsked()).isFalse();
		List<ExerciseSessionView> saved = log.sessions(patient.id(), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28));
		assertThat(saved).extracting(ExerciseSessionView::type)
			.containsExactly(ExerciseType.RESISTANCE, ExerciseType.IMPACT, ExerciseType.RESISTANCE);
		assertThat(saved.get(0).durationMinutes()).isEqualTo(52);
		assertThat(saved.get(0).sets().get(1).loadKg()).as("135 lb as Strong writes it in kg").isEqualByComparingTo("61.235");
		assertThat(saved.get(0).sets().get(1).rir()).isEqualTo(1);
		assertThat(saved.get(1).impacts()).extracting(ImpactView::activityKey, ImpactView::count)
			.containsExactly(tuple("jogging", 789));
		assertThat(saved.get(1).distanceKm()).isEqualByComparingTo("1.272");
		assertThat(saved.get(1).durationMinutes()).isEqualTo(5);
		assertThat(saved.get(2).notes()).isEqualTo("Legs: Quads burning");
		assertThat(saved.get(2).sets()).extracting(ExerciseSetView::exerciseKey).containsOnly("leg-press");
	}

	@ParameterizedTest
	@CsvSource({ "strong/d-comma-2017.csv, Strong 2017 (no duration), 2017-09-01, 2", "strong/d-comma-2019-rpe.csv, Strong 2019 (no duration), 2019-01-01, 1",
			"strong/e-comma-2016-units.csv, Strong 2016 (unit in the header), 2016-04-01, 2",
			"strong/german.csv, Strong (German headers), 2025-06-01, 1", "strong/french.csv, Strong (French headers), 2023-10-01, 1" })
	void everyOlderAndLocalisedHeaderGenerationIsRead(String file, String format, LocalDate from, int sessions) {
		AuthenticatedUser patient = people.patient();
		ImportPlan plan = confirm(patient, file, MassUnit.KG);

		assertThat(plan.format()).isEqualTo(format);
		assertThat(plan.problems()).isEmpty();
		assertThat(plan.names()).noneMatch(ImportPlan.NameUse::needsReview);
		assertThat(log.sessions(patient.id(), from, from.plusMonths(1))).hasSize(sessions);
	}

	@Test
	void olderExportsKeepTheirDetails() {
		AuthenticatedUser patient = people.patient();
		confirm(patient, "strong/d-comma-2019-rpe.csv", MassUnit.KG);
		confirm(patient, "strong/e-comma-2016-units.csv", MassUnit.LB);
		confirm(patient, "strong/german.csv", MassUnit.KG);
		confirm(patient, "strong/french.csv", MassUnit.KG);

		assertThat(log.sessions(patient.id(), LocalDate.of(2019, 1, 14), LocalDate.of(2019, 1, 14)).get(0).sets())
			.extracting(ExerciseSetView::exerciseKey, ExerciseSetView::rir)
			.containsExactly(tuple("hip-thrust", 3), tuple("hip-thrust", 1));
		List<ExerciseSessionView> e = log.sessions(patient.id(), LocalDate.of(2016, 4, 2), LocalDate.of(2016, 4, 2));
		assertThat(e.get(0).sets().get(0).loadKg()).as("the kg column, whatever the patient answers").isEqualByComparingTo("70");
		assertThat(e.get(1).type()).isEqualTo(ExerciseType.CYCLE);
		assertThat(e.get(1).distanceKm()).isEqualByComparingTo("12.5");
		assertThat(e.get(1).durationMinutes()).isEqualTo(30);
		ExerciseSessionView german = log.sessions(patient.id(), LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 2)).get(0);
		assertThat(german.durationMinutes()).isEqualTo(41);
		assertThat(german.sets()).extracting(ExerciseSetView::exerciseKey, s -> s.loadKg().stripTrailingZeros().toPlainString(),
				ExerciseSetView::rir)
			.containsExactly(tuple("squat", "40", null), tuple("deadlift", "52.5", 2));
		ExerciseSessionView french = log.sessions(patient.id(), LocalDate.of(2023, 10, 14), LocalDate.of(2023, 10, 14)).get(0);
		assertThat(french.durationMinutes()).isEqualTo(65);
		assertThat(french.sets()).extracting(ExerciseSetView::exerciseKey).containsExactly("squat", "deadlift", "deadlift");
	}

	@Test
	void importingTheSameFileAgainAddsNothingAndALaterExportAddsOnlyWhatIsNew() {
		AuthenticatedUser patient = people.patient();
		confirm(patient, "strong/a-comma-2021.csv", MassUnit.KG);
		assertThat(sessionCount(patient)).isEqualTo(4);

		long again = imports.stage(patient.id(), SessionSource.STRONG, "strong.csv", ImportFixtures.bytes("strong/a-comma-2021.csv"), MassUnit.KG);
		ExerciseImports.Preview preview = imports.preview(patient.id(), again);
		assertThat(preview.newSessions()).isEmpty();
		assertThat(preview.alreadyImported()).isEqualTo(4);
		assertThat(preview.sameFileConfirmedAt()).isNotNull();
		assertThat(imports.confirm(patient.id(), again, MassUnit.KG, Map.of()).sessionsAdded()).isZero();
		assertThat(sessionCount(patient)).isEqualTo(4);

		long later = imports.stage(patient.id(), SessionSource.STRONG, "strong.csv", ImportFixtures.bytes("strong/a-comma-2021-later.csv"), MassUnit.KG);
		ExerciseImports.Result result = imports.confirm(patient.id(), later, MassUnit.KG, Map.of());
		assertThat(result.sessionsAdded()).isEqualTo(1);
		assertThat(result.alreadyImported()).isEqualTo(4);
		assertThat(result.from()).isEqualTo(LocalDate.of(2024, 3, 12));
		assertThat(sessionCount(patient)).isEqualTo(5);
	}

	@Test
	void aConfirmedUploadCannotBeConfirmedTwice() {
		AuthenticatedUser patient = people.patient();
		long id = imports.stage(patient.id(), SessionSource.STRONG, "strong.csv", ImportFixtures.bytes("strong/d-comma-2017.csv"), MassUnit.KG);
		imports.confirm(patient.id(), id, MassUnit.KG, Map.of());

		assertThatThrownBy(() -> imports.confirm(patient.id(), id, MassUnit.KG, Map.of()))
			.isInstanceOf(ImportAlreadyConfirmedException.class);
		assertThat(sessionCount(patient)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select content is null from exercise_imports where id = ?", Boolean.class, id))
			.as("the file is not kept once imported").isTrue();
	}

	@Test
	void theNamesThePatientMapsAreUsedAndRememberedForTheNextImport() {
		AuthenticatedUser patient = people.patient();
		long id = imports.stage(patient.id(), SessionSource.STRONG, "strong.csv", ImportFixtures.bytes("strong/a-comma-2021.csv"), MassUnit.KG);

		imports.confirm(patient.id(), id, MassUnit.KG,
				Map.of(ExerciseImports.choiceKey("Cable Face Pull"), "lift:row", ExerciseImports.choiceKey("Box Jump"), "skip"));

		List<ExerciseSessionView> saved = log.sessions(patient.id(), LocalDate.of(2024, 3, 9), LocalDate.of(2024, 3, 9));
		assertThat(saved.get(0).sets()).extracting(ExerciseSetView::exerciseKey).containsExactly("lunge", "row");
		assertThat(log.sessions(patient.id(), LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 4)))
			.extracting(ExerciseSessionView::type).containsExactly(ExerciseType.RESISTANCE);
		long next = imports.stage(patient.id(), SessionSource.STRONG, "strong.csv", ImportFixtures.bytes("strong/a-comma-2021-later.csv"), MassUnit.KG);
		assertThat(imports.preview(patient.id(), next).plan().names())
			.filteredOn(name -> name.vendorName().equals("Cable Face Pull"))
			.singleElement()
			.satisfies(name -> {
				assertThat(name.origin()).isEqualTo(ImportPlan.Origin.CHOSEN);
				assertThat(name.target().code()).isEqualTo("lift:row");
			});
	}

	@ParameterizedTest
	@CsvSource({ "bad/binary.csv, import.file.binary", "bad/wrong-columns.csv, import.format.wrongColumns",
			"bad/empty.csv, import.file.empty", "bad/header-only.csv, import.format.noRows",
			"hevy/metric.csv, import.format.looksLikeHevy" })
	void filesThatAreNotStrongExportsAreRefusedAndNothingIsKept(String file, String code) {
		AuthenticatedUser patient = people.patient();

		assertThatThrownBy(() -> imports.stage(patient.id(), SessionSource.STRONG, "x.csv", ImportFixtures.bytes(file), MassUnit.KG))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.singleElement()
				.satisfies(problem -> {
					assertThat(problem.field()).isEqualTo("file");
					assertThat(problem.code()).isEqualTo(code);
				}));
		assertThat(jdbc.queryForObject("select count(*) from exercise_imports where patient_id = ?", Integer.class, patient.id())).isZero();
		assertThat(sessionCount(patient)).isZero();
	}

	@Test
	void futureDatesAreReportedAndTheRestIsImported() {
		AuthenticatedUser patient = people.patient();
		String file = """
				Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes
				2099-01-01 10:00:00,Later,Squat (Barbell),1,50,5,0,0,,
				2025-01-01 10:00:00,Now,Squat (Barbell),1,50,5,0,0,,
				""";
		long id = imports.stage(patient.id(), SessionSource.STRONG, "strong.csv", file.getBytes(java.nio.charset.StandardCharsets.UTF_8), MassUnit.KG);

		ExerciseImports.Preview preview = imports.preview(patient.id(), id);
		assertThat(preview.plan().problems()).extracting(RowProblem::line, RowProblem::code)
			.containsExactly(tuple(2L, "import.row.dateFuture"));
		assertThat(imports.confirm(patient.id(), id, MassUnit.KG, Map.of()).sessionsAdded()).isEqualTo(1);
	}

	private ImportPlan confirm(AuthenticatedUser patient, String file, MassUnit unit) {
		long id = imports.stage(patient.id(), SessionSource.STRONG, file, ImportFixtures.bytes(file), unit);
		ImportPlan plan = imports.preview(patient.id(), id).plan();
		imports.confirm(patient.id(), id, unit, Map.of());
		return plan;
	}

	private int sessionCount(AuthenticatedUser patient) {
		return jdbc.queryForObject("select count(*) from exercise_sessions where patient_id = ?", Integer.class, patient.id());
	}

}
