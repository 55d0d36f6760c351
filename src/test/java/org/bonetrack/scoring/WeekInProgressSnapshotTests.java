package org.bonetrack.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.exercise.internal.ExerciseSessions;
import org.bonetrack.exercise.internal.SessionInput;
import org.bonetrack.exercise.internal.SessionInput.SetInput;
import org.bonetrack.patients.ClinicalContext;
import org.bonetrack.patients.Patients;
import org.bonetrack.patients.internal.ProfileService;
import org.bonetrack.scoring.internal.PendingWeeks;
import org.bonetrack.shared.IsoWeek;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patient home reads the stored week in progress instead of scoring it on every visit, and
 * only while that snapshot is still true (the pending-weeks worker is off in tests: each test
 * drains itself).
 */
@ScoringIntegrationTest
class WeekInProgressSnapshotTests {

	@Autowired
	TestPeople people;

	@Autowired
	ExerciseSessions sessions;

	@Autowired
	WeeklyScores scores;

	@Autowired
	PendingWeeks pending;

	@Autowired
	Patients patients;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ProfileService profiles;

	@Test
	void aSessionMarksItsWeekInTheTransactionThatLogsIt() {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());

		Integer marksInside = new TransactionTemplate(transactions).execute(status -> {
			sessions.create(patient.id(), resistance(today), MassUnit.KG);
			return marks(patient.id(), IsoWeek.of(today));
		});

		assertThat(marksInside).isEqualTo(1);
	}

	@Test
	void aNewWeightOrPlanMarksTheWeekInProgressInItsTransaction() {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());

		Integer afterWeight = new TransactionTemplate(transactions).execute(status -> {
			profiles.recordWeight(patient.id(), today, new BigDecimal("61.5"), MassUnit.KG);
			return marks(patient.id(), IsoWeek.of(today));
		});
		pending.drain();
		Integer afterPlan = new TransactionTemplate(transactions).execute(status -> {
			profiles.updateClinicalContext(patient.id(),
					new ClinicalContext(true, false, false, false, false, false, false, null), people.clinician().id());
			return marks(patient.id(), IsoWeek.of(today));
		});

		assertThat(afterWeight).isEqualTo(1);
		assertThat(afterPlan).isEqualTo(1);
	}

	@Test
	void aFreshSnapshotOfTheWeekInProgressIsReadAsStored() {
		AuthenticatedUser patient = people.patient();
		IsoWeek current = loggedAndStoredToday(patient);
		storedTotal(patient.id(), current, 99);

		WeekScore thisWeek = recent(patient).get(0);

		assertThat(thisWeek.week()).isEqualTo(current);
		assertThat(thisWeek.total()).isEqualTo(99);
		assertThat(thisWeek.findings()).isNotEmpty();
	}

	@Test
	void theListOfWeeksReadsTheFreshSnapshotToo() {
		AuthenticatedUser patient = people.patient();
		IsoWeek current = loggedAndStoredToday(patient);
		storedTotal(patient.id(), current, 99);

		List<WeekScore> weeks = scores.weeks(patient.id(), current.minusWeeks(3), current);

		assertThat(weeks.get(0).week()).isEqualTo(current);
		assertThat(weeks.get(0).total()).isEqualTo(99);
		assertThat(weeks.get(0).findings()).isEmpty();
	}

	@Test
	void aChangeWaitingToBeScoredIsScoredOnRead() {
		AuthenticatedUser patient = people.patient();
		IsoWeek current = loggedAndStoredToday(patient);
		storedTotal(patient.id(), current, 99);

		sessions.create(patient.id(), resistance(patients.today(patient.id())), MassUnit.KG);

		assertThat(recent(patient).get(0).total()).isNotEqualTo(99).isEqualTo(scores.week(patient.id(), current).total());
	}

	@Test
	void aSnapshotScoredOnAnEarlierDayIsScoredAgainAndMarked() {
		AuthenticatedUser patient = people.patient();
		IsoWeek current = loggedAndStoredToday(patient);
		storedTotal(patient.id(), current, 99);
		jdbc.update("update weekly_scores set computed_at = computed_at - interval '2 days' where patient_id = ? and week_start = ?",
				patient.id(), current.monday());

		assertThat(recent(patient).get(0).total()).isNotEqualTo(99);
		assertThat(marks(patient.id(), current)).isEqualTo(1);
	}

	@Test
	void aMissingCompleteWeekIsCaughtUpOnRead() {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());
		sessions.create(patient.id(), resistance(today.minusWeeks(4)), MassUnit.KG);
		pending.drain();
		scores.recentWeeks(patient.id(), zone(patient), 12);
		IsoWeek gap = IsoWeek.of(today).minusWeeks(2);
		jdbc.update("delete from weekly_scores where patient_id = ? and week_start = ?", patient.id(), gap.monday());

		List<WeekScore> weeks = recent(patient);

		assertThat(weeks).extracting(WeekScore::week).contains(gap, gap.previous(), gap.next());
		assertThat(weeks).extracting(WeekScore::week).first().isEqualTo(IsoWeek.of(today));
	}

	private IsoWeek loggedAndStoredToday(AuthenticatedUser patient) {
		LocalDate today = patients.today(patient.id());
		sessions.create(patient.id(), resistance(today), MassUnit.KG);
		pending.drain();
		assertThat(marks(patient.id(), IsoWeek.of(today))).isZero();
		return IsoWeek.of(today);
	}

	private List<WeekScore> recent(AuthenticatedUser patient) {
		return scores.recentWeeks(patient.id(), zone(patient), 12);
	}

	private ZoneId zone(AuthenticatedUser patient) {
		return patients.timeZone(patient.id());
	}

	private void storedTotal(long patientId, IsoWeek week, int total) {
		assertThat(jdbc.update("update weekly_scores set total = ? where patient_id = ? and week_start = ? and in_progress",
				total, patientId, week.monday())).isEqualTo(1);
	}

	private int marks(long patientId, IsoWeek week) {
		return jdbc.queryForObject("select count(*) from scoring_pending_weeks where patient_id = ? and week_start = ?",
				Integer.class, patientId, week.monday());
	}

	private static SessionInput resistance(LocalDate date) {
		return new SessionInput(date, LocalTime.of(7, 30), "RESISTANCE", 45, 7, null,
				List.of(new SetInput("squat", 8, new BigDecimal("40"), false, 2),
						new SetInput("squat", 8, new BigDecimal("40"), false, 2),
						new SetInput("deadlift", 6, new BigDecimal("50"), false, 2)),
				List.of(), null, null, null);
	}

}
