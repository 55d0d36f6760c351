package org.bonetrack.scoring;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.patients.ClinicalContext;
import org.bonetrack.patients.Patients;
import org.bonetrack.patients.internal.ProfileService;
import org.bonetrack.patients.internal.ProfileUpdate;
import org.bonetrack.scoring.internal.ScoringService;
import org.bonetrack.scoring.rules.Criterion;
import org.bonetrack.scoring.rules.ExerciseSession;
import org.bonetrack.scoring.rules.Finding;
import org.bonetrack.scoring.rules.FindingStatus;
import org.bonetrack.scoring.rules.ImpactBout;
import org.bonetrack.scoring.rules.NutritionDay;
import org.bonetrack.scoring.rules.ScoringCalendar;
import org.bonetrack.shared.IsoWeek;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.shared.RecordNotFoundException;
import org.bonetrack.shared.VitaminDUnit;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

@ScoringIntegrationTest
class WeeklyScoresTests {

	@Autowired
	WeeklyScores scores;

	@Autowired
	TestPeople people;

	@Autowired
	Patients patients;

	@Autowired
	ProfileService profiles;

	@Autowired
	ScoringService scoring;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.bonetrack.support.StatementCounter counter;

	private AuthenticatedUser patientWeighing(double kg, LocalDate on) {
		AuthenticatedUser patient = people.patient();
		profiles.recordWeight(patient.id(), on, BigDecimal.valueOf(kg), MassUnit.KG);
		// the weight's own listener scores weeks after commit; let it finish so the test reads a settled history
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
				select count(*) from event_publication
				where event_type like '%BodyWeightChanged' and completion_date is null""", Integer.class) == 0);
		return patient;
	}

	private static void fullNutrition(long patientId, IsoWeek week, double calcium) {
		ScriptedWeekData.script(patientId, week, builder -> {
			for (int day = 1; day <= 7; day++) {
				builder.nutrition(day, NutritionDay.of(calcium, 20, 90, 320, 0, 250, 70));
			}
			return builder;
		});
	}

	private int storedWeeks(long patientId) {
		return jdbc.queryForObject("select count(*) from weekly_scores where patient_id = ? and not in_progress",
				Integer.class, patientId);
	}

	@Test
	void everyCompleteWeekSinceTheFirstDataIsStoredEvenWithNothingLogged() {
		AuthenticatedUser patient = people.patient();
		IsoWeek current = scores.currentWeek(patient.id());
		profiles.recordWeight(patient.id(), current.minusWeeks(5).monday().plusDays(2), BigDecimal.valueOf(64),
				MassUnit.KG);

		List<WeekScore> weeks = scores.weeks(patient.id(), current.minusWeeks(12), current);

		assertThat(weeks).extracting(WeekScore::week)
			.containsExactly(current, current.minusWeeks(1), current.minusWeeks(2), current.minusWeeks(3),
					current.minusWeeks(4), current.minusWeeks(5));
		assertThat(weeks.get(0).inProgress()).isTrue();
		assertThat(weeks.get(0).computedAt()).isNull();
		assertThat(weeks.subList(1, 6)).allSatisfy(week -> {
			assertThat(week.inProgress()).isFalse();
			assertThat(week.total()).isZero();
			assertThat(week.computedAt()).isNotNull();
		});
		assertThat(storedWeeks(patient.id())).isEqualTo(5);
		// asking again stores nothing twice
		scores.weeks(patient.id(), current.minusWeeks(12), current);
		assertThat(storedWeeks(patient.id())).isEqualTo(5);
	}

	@Test
	void weeksMissingBetweenStoredOnesAreFilledSoTheHistoryHasNoGaps() {
		AuthenticatedUser patient = people.patient();
		IsoWeek current = scores.currentWeek(patient.id());
		scoring.recomputeWeeksOf(patient.id(),
				List.of(current.minusWeeks(6).monday(), current.minusWeeks(2).sunday(), current.monday()));
		assertThat(storedWeeks(patient.id())).isEqualTo(2);

		scores.recent(List.of(patient.id()));

		assertThat(jdbc.queryForList("""
				select week_start from weekly_scores where patient_id = ? and not in_progress order by week_start""",
				LocalDate.class, patient.id()))
			.containsExactly(current.minusWeeks(6).monday(), current.minusWeeks(5).monday(),
					current.minusWeeks(4).monday(), current.minusWeeks(3).monday(), current.minusWeeks(2).monday(),
					current.minusWeeks(1).monday());
	}

	@Test
	void aWeeksFindingsExplainTheScoreAndProteinFollowsTheWeightOfThatWeek() {
		AuthenticatedUser patient = people.patient();
		IsoWeek current = scores.currentWeek(patient.id());
		IsoWeek lastWeek = current.previous();
		fullNutrition(patient.id(), lastWeek, 2500);
		ScriptedWeekData.script(patient.id(), current.minusWeeks(2), builder -> builder
			.session(1, ExerciseSession.impact(LocalTime.of(7, 0), 10, List.of(new ImpactBout("hops", 50, 3.5))))
			.session(3, ExerciseSession.vestWalk(LocalTime.of(18, 0), 25, 6)));
		profiles.recordWeight(patient.id(), current.minusWeeks(3).monday(), BigDecimal.valueOf(70), MassUnit.KG);
		profiles.recordWeight(patient.id(), lastWeek.sunday().plusDays(1), BigDecimal.valueOf(80), MassUnit.KG);

		WeekScore week = scores.week(patient.id(), lastWeek);
		WeekScore earlier = scores.week(patient.id(), current.minusWeeks(2));

		assertThat(finding(week, Criterion.PROTEIN).target()).isEqualTo(70.0);
		assertThat(finding(week, Criterion.PROTEIN).status()).isEqualTo(FindingStatus.MET);
		assertThat(finding(week, Criterion.CALCIUM_UPPER_LIMIT).status()).isEqualTo(FindingStatus.WARNING);
		assertThat(finding(week, Criterion.CALCIUM).messageArgs().get(2)).isEqualTo(0);
		assertThat(week.nutrition()).isEqualTo(83);
		assertThat(week.ruleSetVersion()).isPositive();
		assertThat(finding(earlier, Criterion.IMPACT).value()).isEqualTo(1.5);
		assertThat(scores.week(patient.id(), current).findings()).isNotEmpty();
		assertThat(finding(scores.week(patient.id(), current), Criterion.PROTEIN).target()).isEqualTo(80.0);
	}

	@Test
	void theWeekInProgressIsComputedOnReadAndFutureWeeksDoNotExist() {
		AuthenticatedUser patient = patientWeighing(60, LocalDate.now().minusDays(20));
		IsoWeek current = scores.currentWeek(patient.id());
		fullNutrition(patient.id(), current, 1200);

		WeekScore now = scores.week(patient.id(), current);

		assertThat(now.inProgress()).isTrue();
		assertThat(now.computedAt()).isNull();
		assertThat(now.nutrition()).isEqualTo(100);
		assertThatExceptionOfType(RecordNotFoundException.class)
			.isThrownBy(() -> scores.week(patient.id(), current.next()));
	}

	@Test
	void aPatientsWeeksFollowHerOwnTimeZone() {
		AuthenticatedUser patient = people.patient();
		profiles.update(patient.id(), new ProfileUpdate(null, null, null, null, "Pacific/Auckland", MassUnit.KG,
				VitaminDUnit.UG));

		assertThat(scores.currentWeek(patient.id()))
			.isEqualTo(ScoringCalendar.currentWeek(Instant.now(), ZoneId.of("Pacific/Auckland")));
	}

	@Test
	void recentFiguresForManyPatientsComeFromTheirLastCompleteWeeks() {
		AuthenticatedUser steady = patientWeighing(70, LocalDate.now().minusWeeks(8));
		AuthenticatedUser quiet = patientWeighing(70, LocalDate.now().minusWeeks(8));
		AuthenticatedUser newcomer = people.patient();
		IsoWeek current = scores.currentWeek(steady.id());
		for (int back = 1; back <= 6; back++) {
			fullNutrition(steady.id(), current.minusWeeks(back), back == 1 ? 2100 : 1200);
		}

		Map<Long, RecentScores> recent = scores.recent(List.of(steady.id(), quiet.id(), newcomer.id()));

		assertThat(recent.get(steady.id()).totals()).containsExactly(42, 50, 50, 50);
		assertThat(recent.get(steady.id()).meanTotal()).isEqualTo(48.0);
		assertThat(recent.get(steady.id()).upperLimitWarningWeeks()).isEqualTo(1);
		assertThat(recent.get(quiet.id()).totals()).containsExactly(0, 0, 0, 0);
		assertThat(recent.get(quiet.id()).meanTotal()).isZero();
		assertThat(recent.get(newcomer.id())).isEqualTo(RecentScores.none(newcomer.id()));
	}

	@Test
	void recentFiguresCostTheSameNumberOfStatementsForThreePatientsAsForThirty() throws Exception {
		List<Long> few = new java.util.ArrayList<>();
		List<Long> many = new java.util.ArrayList<>();
		for (int i = 0; i < 30; i++) {
			AuthenticatedUser patient = patientWeighing(70, LocalDate.now().minusWeeks(3));
			(i < 3 ? few : many).add(patient.id());
		}
		many.addAll(few);
		scores.recent(many);

		int forThree = counter.count(() -> scores.recent(few)).statements();
		int forThirty = counter.count(() -> scores.recent(many)).statements();

		assertThat(forThirty).isEqualTo(forThree);
	}

	@Test
	void recordingAWeightRecomputesTheStoredWeeksAfterCommit() {
		AuthenticatedUser patient = people.patient();
		IsoWeek current = scores.currentWeek(patient.id());
		fullNutrition(patient.id(), current.minusWeeks(2), 1200);
		scores.recent(List.of(patient.id()));
		assertThat(finding(scores.week(patient.id(), current.minusWeeks(2)), Criterion.BODY_WEIGHT).status())
			.isEqualTo(FindingStatus.INFO);

		profiles.recordWeight(patient.id(), LocalDate.now(), BigDecimal.valueOf(90), MassUnit.KG);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			WeekScore week = scores.week(patient.id(), current.minusWeeks(2));
			assertThat(week.findings()).noneMatch(finding -> finding.criterion() == Criterion.BODY_WEIGHT);
			assertThat(finding(week, Criterion.PROTEIN).target()).isEqualTo(90.0);
		});
	}

	@Test
	void aLowImpactPlanAppliesFromTheWeekItIsSetAndRecomputingKeepsEarlierWeeksAsTheyWere() {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = patientWeighing(60, LocalDate.now().minusWeeks(3));
		IsoWeek current = scores.currentWeek(patient.id());
		scores.recent(List.of(patient.id()));
		Instant scoredWithoutPlan = computedAt(patient.id(), current.previous());

		profiles.updateClinicalContext(patient.id(),
				new ClinicalContext(true, false, false, true, false, false, false, null), clinician.id());
		// a weight before all others makes every stored week be scored again (after commit)
		profiles.recordWeight(patient.id(), LocalDate.now().minusWeeks(10), BigDecimal.valueOf(61), MassUnit.KG);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> computedAt(patient.id(), current.previous()).isAfter(scoredWithoutPlan));

		assertThat(scores.week(patient.id(), current).findings()).extracting(Finding::criterion)
			.contains(Criterion.LOW_IMPACT_WALKING)
			.doesNotContain(Criterion.IMPACT);
		assertThat(scores.week(patient.id(), current.previous()).findings()).extracting(Finding::criterion)
			.contains(Criterion.IMPACT)
			.doesNotContain(Criterion.LOW_IMPACT_WALKING);
	}

	private Instant computedAt(long patientId, IsoWeek week) {
		return jdbc.queryForObject("select computed_at from weekly_scores where patient_id = ? and week_start = ?",
				java.sql.Timestamp.class, patientId, week.monday()).toInstant();
	}

	private static Finding finding(WeekScore week, Criterion criterion) {
		return week.findings()
			.stream()
			.filter(finding -> finding.criterion() == criterion)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + criterion + " in " + week.week()));
	}

}
