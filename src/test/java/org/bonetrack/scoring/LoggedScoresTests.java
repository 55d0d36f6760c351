package org.bonetrack.scoring;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.exercise.internal.ExerciseSessions;
import org.bonetrack.exercise.internal.SessionInput;
import org.bonetrack.exercise.internal.SessionInput.ImpactInput;
import org.bonetrack.exercise.internal.SessionInput.SetInput;
import org.bonetrack.exercise.internal.SessionSource;
import org.bonetrack.exercise.internal.StoredSession;
import org.bonetrack.exercise.internal.imports.ExerciseImports;
import org.bonetrack.nutrition.internal.CronometerImports;
import org.bonetrack.nutrition.internal.EntryInput.FoodInput;
import org.bonetrack.nutrition.internal.EntryInput.ManualInput;
import org.bonetrack.nutrition.internal.EntryInput.NutrientInput;
import org.bonetrack.nutrition.internal.NutritionEntries;
import org.bonetrack.patients.internal.ProfileService;
import org.bonetrack.patients.internal.ProfileUpdate;
import org.bonetrack.scoring.internal.PatientWeeks;
import org.bonetrack.scoring.internal.PendingWeeks;
import org.bonetrack.scoring.internal.ScoringService;
import org.bonetrack.scoring.internal.WeekDataSource;
import org.bonetrack.scoring.rules.DayData;
import org.bonetrack.scoring.rules.ExerciseSession;
import org.bonetrack.scoring.rules.ExerciseType;
import org.bonetrack.scoring.rules.ImpactBout;
import org.bonetrack.scoring.rules.NutritionDay;
import org.bonetrack.scoring.rules.ScoringCalendar;
import org.bonetrack.scoring.rules.WeekData;
import org.bonetrack.scoring.rules.WorkSet;
import org.bonetrack.shared.IsoWeek;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.shared.VitaminDUnit;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Phase 2: the stored weekly scores follow what the patient logs in the exercise and nutrition
 * modules, through their events, the pending marks and {@link PendingWeeks#drain()} (the
 * background worker is off in tests, so each test drains itself).
 */
@ScoringIntegrationTest
class LoggedScoresTests {

	@Autowired
	TestPeople people;

	@Autowired
	ExerciseSessions sessions;

	@Autowired
	ExerciseImports exerciseImports;

	@Autowired
	NutritionEntries entries;

	@Autowired
	CronometerImports cronometer;

	@Autowired
	ProfileService profiles;

	@Autowired
	ScoringService scoring;

	@Autowired
	WeeklyScores scores;

	@Autowired
	PendingWeeks pending;

	@Autowired
	@Qualifier("loggedWeekDataSource")
	WeekDataSource source;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.bonetrack.patients.Patients patients;

	private static SessionInput resistance(LocalDate date) {
		return new SessionInput(date, LocalTime.of(7, 30), "RESISTANCE", 45, 7, null,
				List.of(new SetInput("squat", 10, new BigDecimal("20"), true, null),
						new SetInput("squat", 8, new BigDecimal("40"), false, 2),
						new SetInput("squat", 8, new BigDecimal("40"), false, 2),
						new SetInput("squat", 8, new BigDecimal("40"), false, 1),
						new SetInput("deadlift", 6, new BigDecimal("50"), false, 3),
						new SetInput("deadlift", 6, new BigDecimal("50"), false, 2),
						new SetInput("deadlift", 6, new BigDecimal("50"), false, 2)),
				List.of(), null, null, null);
	}

	private static SessionInput impact(LocalDate date, int hops) {
		return new SessionInput(date, LocalTime.of(18, 0), "IMPACT", 10, null, null, List.of(),
				List.of(new ImpactInput("hops", hops), new ImpactInput("counter-movement-jump", 20)), null, null, null);
	}

	private static SessionInput vestWalk(LocalDate date) {
		return new SessionInput(date, null, "WEIGHTED_VEST_WALK", 30, null, null, List.of(), List.of(),
				new BigDecimal("5"), null, null);
	}

	/** The stored (complete) score of the week, or -1 while none is stored. */
	private int[] stored(long patientId, IsoWeek week) {
		return jdbc.query("select total, loading, nutrition from weekly_scores where patient_id = ? and week_start = ?",
				rs -> rs.next() ? new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3) } : new int[] { -1, -1, -1 },
				patientId, week.monday());
	}

	/** Waits for the listeners' marks and scores them, until the condition holds. */
	private void scoredUntil(Runnable assertion) {
		await().untilAsserted(() -> {
			pending.drain();
			assertion.run();
		});
	}

	private IsoWeek weeksAgo(AuthenticatedUser patient, int weeks) {
		return scores.currentWeek(patient.id()).minusWeeks(weeks);
	}

	@Test
	void drainingScoresTheMarkedWeeksOfEveryPatientAndClearsExactlyTheirMarks() {
		AuthenticatedUser first = people.patient();
		AuthenticatedUser second = people.patient();
		IsoWeek week = weeksAgo(first, 3);
		pending.mark(first.id(), List.of(week.monday(), week.previous().monday()));
		pending.mark(second.id(), List.of(week.monday()));

		pending.drain();

		assertThat(jdbc.queryForObject("select count(*) from scoring_pending_weeks where patient_id in (?, ?)",
				Integer.class, first.id(), second.id())).isZero();
		assertThat(stored(first.id(), week)[0]).isNotNegative();
		assertThat(stored(first.id(), week.previous())[0]).isNotNegative();
		assertThat(stored(second.id(), week)[0]).isNotNegative();
	}

	@Test
	void rescoringACompleteWeekKeepsThePlanItWasScoredUnder() {
		AuthenticatedUser patient = people.patient();
		IsoWeek older = weeksAgo(patient, 5);
		IsoWeek week = weeksAgo(patient, 3);
		scoring.recomputeWeeksOf(patient.id(), List.of(older.monday(), week.monday()));
		jdbc.update("update weekly_scores set low_impact_plan = true where patient_id = ?", patient.id());

		scoring.recomputeWeeksOf(patient.id(), List.of(week.monday()));

		assertThat(jdbc.queryForObject("select low_impact_plan from weekly_scores where patient_id = ? and week_start = ?",
				Boolean.class, patient.id(), week.monday())).isTrue();
	}

	@Test
	void loggingASessionRaisesTheStoredLoadingScoreOfItsWeek() {
		AuthenticatedUser patient = people.patient();
		IsoWeek week = weeksAgo(patient, 2);
		scoring.recomputeWeeksOf(patient.id(), List.of(week.monday()));
		assertThat(stored(patient.id(), week)[1]).isZero();

		sessions.create(patient.id(), resistance(week.monday().plusDays(2)), MassUnit.KG);

		scoredUntil(() -> assertThat(stored(patient.id(), week)[1]).isPositive());
		assertThat(stored(patient.id(), week)[0]).isPositive();
	}

	@Test
	void loggingFoodRaisesTheStoredNutritionScoreOfItsWeek() {
		AuthenticatedUser patient = people.patient();
		IsoWeek week = weeksAgo(patient, 3);
		scoring.recomputeWeeksOf(patient.id(), List.of(week.monday()));
		assertThat(stored(patient.id(), week)[2]).isZero();

		entries.add(patient.id(), week.monday().plusDays(1), new ManualInput("Breakfast", false,
				new NutrientInput(new BigDecimal("1200"), new BigDecimal("20"), null, new BigDecimal("90"),
						new BigDecimal("320"), new BigDecimal("250"), new BigDecimal("70"))));

		scoredUntil(() -> assertThat(stored(patient.id(), week)[2]).isPositive());
	}

	@Test
	void movingASessionToAnotherWeekRescoresBothWeeks() {
		AuthenticatedUser patient = people.patient();
		IsoWeek first = weeksAgo(patient, 4);
		IsoWeek second = weeksAgo(patient, 2);
		StoredSession session = sessions.create(patient.id(), resistance(first.monday()), MassUnit.KG);
		scoredUntil(() -> assertThat(stored(patient.id(), first)[1]).isPositive());

		sessions.update(patient.id(), session.id(), session.version(), resistance(second.monday().plusDays(3)),
				MassUnit.KG);

		scoredUntil(() -> {
			assertThat(stored(patient.id(), first)[1]).isZero();
			assertThat(stored(patient.id(), second)[1]).isPositive();
		});
	}

	@Test
	void deletingASessionLowersItsWeekAgain() {
		AuthenticatedUser patient = people.patient();
		IsoWeek week = weeksAgo(patient, 1);
		StoredSession session = sessions.create(patient.id(), resistance(week.sunday()), MassUnit.KG);
		scoredUntil(() -> assertThat(stored(patient.id(), week)[1]).isPositive());

		sessions.delete(patient.id(), session.id(), session.version());

		scoredUntil(() -> assertThat(stored(patient.id(), week)[1]).isZero());
	}

	@Test
	void theWeekInProgressIsScoredOnReadSoANewSessionCountsAtOnce() {
		AuthenticatedUser patient = people.patient();
		IsoWeek current = scores.currentWeek(patient.id());
		int before = scores.week(patient.id(), current).loading();

		sessions.create(patient.id(), resistance(patients.today(patient.id())), MassUnit.KG);

		// no draining: the current week is scored live
		assertThat(scores.week(patient.id(), current).loading()).isGreaterThan(before);
	}

	@Test
	void aPatientFarFromUtcHasHerSessionInHerOwnWeek() {
		AuthenticatedUser patient = people.patient();
		profiles.update(patient.id(), new ProfileUpdate(null, null, null, null, "Pacific/Kiritimati", MassUnit.KG,
				VitaminDUnit.UG));
		ZoneId zone = ZoneId.of("Pacific/Kiritimati");
		LocalDate herToday = ScoringCalendar.today(Instant.now(), zone);
		IsoWeek herWeek = ScoringCalendar.currentWeek(Instant.now(), zone);
		assertThat(scores.currentWeek(patient.id())).isEqualTo(herWeek);

		// her last Sunday, which may still be Saturday or already Monday in UTC
		IsoWeek lastWeek = herWeek.previous();
		sessions.create(patient.id(), resistance(lastWeek.sunday()), MassUnit.KG);
		sessions.create(patient.id(), impact(herToday, 60), MassUnit.KG);

		scoredUntil(() -> assertThat(stored(patient.id(), lastWeek)[1]).isPositive());
		assertThat(scores.week(patient.id(), herWeek).inProgress()).isTrue();
		assertThat(scores.week(patient.id(), herWeek).loading()).isPositive();
		assertThat(jdbc.queryForObject("select count(*) from weekly_scores where patient_id = ? and week_start > ?",
				Integer.class, patient.id(), herWeek.monday())).as("nothing scored ahead of her calendar").isZero();
	}

	@Test
	void anExerciseImportOfThreeYearsMarksEachWeekOnceAndScoresThemAll() {
		AuthenticatedUser patient = people.patient();
		IsoWeek last = weeksAgo(patient, 1);
		IsoWeek first = last.minusWeeks(155);
		StringBuilder csv = new StringBuilder(
				"Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n");
		int workouts = 0;
		for (IsoWeek week = first; week.compareTo(last) <= 0; week = week.next()) {
			for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)) {
				String when = week.monday().plusDays(day.getValue() - 1L) + " 07:30:00";
				for (int set = 1; set <= 6; set++) {
					csv.append(when).append(",\"Strength\",\"45min\",\"Squat (Barbell)\",").append(set).append(",40,8,0,0,,,\n");
				}
				workouts++;
			}
		}
		long id = exerciseImports.stage(patient.id(), SessionSource.STRONG, "strong.csv",
				csv.toString().getBytes(StandardCharsets.UTF_8), MassUnit.KG);
		assertThat(exerciseImports.confirm(patient.id(), id, MassUnit.KG, Map.of()).sessionsAdded()).isEqualTo(workouts);

		// 312 session events and the import's own event coalesce into one mark per week
		await().untilAsserted(() -> assertThat(marks(patient.id())).isEqualTo(156));
		assertThat(workouts).isEqualTo(312);

		scoredUntil(() -> assertThat(jdbc.queryForObject(
				"select count(*) from weekly_scores where patient_id = ? and loading > 0 and week_start between ? and ?",
				Integer.class, patient.id(), first.monday(), last.monday())).isEqualTo(156));
	}

	@Test
	void markingTheSameWeekManyTimesScoresItOnce() {
		AuthenticatedUser patient = people.patient();
		IsoWeek week = weeksAgo(patient, 5);
		for (int i = 0; i < 100; i++) {
			pending.mark(patient.id(), List.of(week.monday().plusDays(i % 7)));
		}
		assertThat(marks(patient.id())).isEqualTo(1);
		scoredUntil(() -> assertThat(marks(patient.id())).isZero());
		assertThat(stored(patient.id(), week)[0]).isNotNegative();
	}

	@Test
	void aNutritionImportRaisesTheNutritionScoresOfItsWeeks() throws IOException {
		AuthenticatedUser patient = people.patient();
		byte[] file = new ClassPathResource("nutrition/cronometer/dailysummary.csv").getContentAsByteArray();
		long id = cronometer.upload(patient.id(), "dailysummary.csv", file);
		cronometer.confirm(patient.id(), id);
		IsoWeek week = IsoWeek.of(LocalDate.of(2026, 1, 5));

		scoredUntil(() -> assertThat(stored(patient.id(), week)[2]).isPositive());
	}

	@Test
	void theDataSourceMapsSessionsAndNutritionDaysForTheEngine() {
		AuthenticatedUser patient = people.patient();
		IsoWeek week = weeksAgo(patient, 2);
		LocalDate tuesday = week.monday().plusDays(1);
		sessions.create(patient.id(), resistance(tuesday), MassUnit.KG);
		sessions.create(patient.id(), impact(tuesday, 40), MassUnit.KG);
		sessions.create(patient.id(), vestWalk(week.sunday()), MassUnit.KG);
		entries.add(patient.id(), tuesday, new FoodInput(1077L, new BigDecimal("100"), null));
		entries.add(patient.id(), tuesday, new ManualInput("Tablet", true, new NutrientInput(null, null, null,
				new BigDecimal("100"), new BigDecimal("250"), null, null)));

		PatientWeeks loaded = source.load(patient.id(), List.of(week));
		WeekData data = loaded.input(week).data();
		assertThat(data.inProgress()).isFalse();
		DayData day = data.days().get(1);
		assertThat(day.sessions()).extracting(ExerciseSession::type).containsExactly(ExerciseType.RESISTANCE,
				ExerciseType.IMPACT);
		ExerciseSession lifting = day.sessions().get(0);
		assertThat(lifting.startTime()).isEqualTo(LocalTime.of(7, 30));
		assertThat(lifting.durationMinutes()).isEqualTo(45);
		assertThat(lifting.rpe()).isEqualTo(7);
		assertThat(lifting.sets()).hasSize(7)
			.startsWith(new WorkSet(10, 20.0, true, null), new WorkSet(8, 40.0, false, 2))
			.endsWith(new WorkSet(6, 50.0, false, 3), new WorkSet(6, 50.0, false, 2), new WorkSet(6, 50.0, false, 2));
		assertThat(day.sessions().get(1).impacts()).containsExactly(new ImpactBout("hops", 40, 3.5),
				new ImpactBout("counter-movement-jump", 20, 4.0));
		ExerciseSession walk = data.days().get(6).sessions().get(0);
		assertThat(walk.type()).isEqualTo(ExerciseType.WEIGHTED_VEST_WALK);
		assertThat(walk.vestLoadKg()).isEqualTo(5.0);
		assertThat(walk.durationMinutes()).isEqualTo(30);

		NutritionDay nutrition = day.nutrition();
		assertThat(nutrition.logged()).isTrue();
		assertThat(nutrition.vitaminKSupplement()).isTrue();
		assertThat(nutrition.supplementalMagnesiumMg()).isCloseTo(250, within(0.01));
		assertThat(nutrition.magnesiumMg()).isGreaterThan(250);
		assertThat(nutrition.vitaminKUg()).isGreaterThanOrEqualTo(100);
		assertThat(data.days().get(0).nutrition().logged()).isFalse();

		// the batch path gives the same weeks, and the first activity is the first session or day
		AuthenticatedUser other = people.patient();
		Map<Long, PatientWeeks> batch = source.load(Map.of(patient.id(), List.of(week), other.id(), List.of(week)));
		assertThat(batch.get(patient.id()).input(week)).isEqualTo(loaded.input(week));
		assertThat(batch.get(other.id()).input(week).data().days()).allSatisfy(empty -> {
			assertThat(empty.sessions()).isEmpty();
			assertThat(empty.nutrition().logged()).isFalse();
		});
		assertThat(source.firstActivity(List.of(patient.id(), other.id()))).containsExactly(Map.entry(patient.id(), tuesday));
	}

	private int marks(long patientId) {
		return jdbc.queryForObject("select count(*) from scoring_pending_weeks where patient_id = ?", Integer.class,
				patientId);
	}

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Test
	void loggingASessionOnThePageShowsOnThisWeeksScorePageRightAfterTheRedirect() throws Exception {
		AuthenticatedUser patient = people.patient();
		IsoWeek current = scores.currentWeek(patient.id());
		String page = "/me/scores/" + current;
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(page)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(patient)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("0 of 2 strength days so far this week")));

		var form = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/me/exercise/new")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(patient))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("type", "RESISTANCE")
			.param("date", patients.today(patient.id()).toString())
			.param("durationMinutes", "40")
			.param("rpe", "8");
		for (int set = 0; set < 6; set++) {
			form.param("sets[" + set + "].exercise", "squat")
				.param("sets[" + set + "].reps", "8")
				.param("sets[" + set + "].load", "40")
				.param("sets[" + set + "].kind", "working");
		}
		mvc.perform(form)
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(page)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(patient)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("1 of 2 strength days so far this week")));
	}

}
