package org.bonetrack.scoring.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.exercise.internal.ExerciseSessions;
import org.bonetrack.exercise.internal.SessionInput;
import org.bonetrack.exercise.internal.SessionInput.SetInput;
import org.bonetrack.patients.Patients;
import org.bonetrack.scoring.ScoringIntegrationTest;
import org.bonetrack.scoring.ScriptedWeekData;
import org.bonetrack.scoring.rules.NutritionDay;
import org.bonetrack.scoring.rules.WeekData;
import org.bonetrack.shared.IsoWeek;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A batch of pending weeks claims its marks, then scores them without holding them: writes to a
 * week being scored do not wait, and nothing they change is lost. The scripted data source holds
 * a batch in the middle of its scoring (the pending-weeks worker is off in tests).
 */
@ScoringIntegrationTest
class PendingWeekClaimsTests {

	@Autowired
	TestPeople people;

	@Autowired
	Patients patients;

	@Autowired
	ExerciseSessions sessions;

	@Autowired
	PendingWeeks pending;

	@Autowired
	ScoringDataSection scoringData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	private final ExecutorService worker = Executors.newSingleThreadExecutor();

	private final List<ReadGate> gates = new ArrayList<>();

	@AfterEach
	void letHeldBatchesFinish() {
		gates.forEach(ReadGate::open);
		worker.shutdownNow();
	}

	@Test
	void aWriteToAWeekWhoseBatchIsBeingScoredDoesNotWaitForIt() throws Exception {
		AuthenticatedUser patient = people.patient();
		IsoWeek week = twoWeeksAgo(patient);
		ReadGate gate = holdFirstRead(patient.id(), week, logged -> logged);
		pending.mark(patient.id(), List.of(week.monday()));
		Future<Integer> batch = worker.submit(pending::drain);
		gate.awaitRead();

		withLockTimeout(() -> sessions.create(patient.id(), resistance(week.monday().plusDays(2)), MassUnit.KG));

		gate.open();
		batch.get(30, TimeUnit.SECONDS);
		assertThat(marks(patient.id(), week)).isZero();
	}

	@Test
	void aWeekMarkedAgainWhileItsBatchScoresKeepsItsMarkAndIsScoredAgainWithTheChange() throws Exception {
		AuthenticatedUser patient = people.patient();
		IsoWeek week = twoWeeksAgo(patient);
		ReadGate gate = holdFirstRead(patient.id(), week, PendingWeekClaimsTests::fullNutrition);
		pending.mark(patient.id(), List.of(week.monday()));
		Future<Integer> batch = worker.submit(pending::drain);
		gate.awaitRead();

		// the patient logs her week's nutrition after the batch read it
		withLockTimeout(() -> pending.mark(patient.id(), List.of(week.monday())));
		gate.open();
		batch.get(30, TimeUnit.SECONDS);

		assertThat(gate.reads()).isEqualTo(2);
		assertThat(storedNutrition(patient.id(), week)).isPositive();
		assertThat(marks(patient.id(), week)).isZero();
	}

	@Test
	void marksOfABatchThatDiedAreTakenOnceTheirLeasePassedAndLiveClaimsAreLeftToTheirBatch() {
		AuthenticatedUser died = people.patient();
		AuthenticatedUser scoring = people.patient();
		IsoWeek week = twoWeeksAgo(died);
		claimedUntil(died.id(), week, "now() - interval '1 second'");
		claimedUntil(scoring.id(), week, "now() + interval '10 minutes'");
		try {
			pending.drain();

			assertThat(marks(died.id(), week)).isZero();
			assertThat(storedNutrition(died.id(), week)).isNotNegative();
			assertThat(marks(scoring.id(), week)).isOne();
			assertThat(storedNutrition(scoring.id(), week)).isNegative();
		}
		finally {
			jdbc.update("delete from scoring_pending_weeks where patient_id = ?", scoring.id());
		}
	}

	@Test
	void aBatchThatFailsReleasesItsMarksForTheNextRun() {
		AuthenticatedUser patient = people.patient();
		IsoWeek week = twoWeeksAgo(patient);
		ScriptedWeekData.script(patient.id(), week, logged -> {
			throw new IllegalStateException("scoring failed");
		});
		pending.mark(patient.id(), List.of(week.monday()));
		try {
			assertThatThrownBy(pending::drain).hasMessageContaining("scoring failed");

			assertThat(marks(patient.id(), week)).isOne();
			assertThat(jdbc.queryForObject("""
					select claimed_until is null from scoring_pending_weeks where patient_id = ? and week_start = ?""",
					Boolean.class, patient.id(), week.monday())).isTrue();
		}
		finally {
			ScriptedWeekData.script(patient.id(), week, logged -> logged);
		}
		pending.drain();
		assertThat(marks(patient.id(), week)).isZero();
	}

	@Test
	void aBatchWhoseLeasePassedLeavesTheWeekToTheBatchThatTookIt() throws Exception {
		AuthenticatedUser patient = people.patient();
		IsoWeek week = twoWeeksAgo(patient);
		ReadGate gate = holdFirstRead(patient.id(), week, PendingWeekClaimsTests::fullNutrition);
		pending.mark(patient.id(), List.of(week.monday()));
		Future<Integer> slow = worker.submit(pending::drain);
		gate.awaitRead();

		// the slow batch outlives its lease: another run takes the week and scores what is logged now
		jdbc.update("update scoring_pending_weeks set claimed_until = now() - interval '1 second' where patient_id = ?",
				patient.id());
		pending.drain();
		gate.open();
		slow.get(30, TimeUnit.SECONDS);

		assertThat(storedNutrition(patient.id(), week)).isPositive();
		assertThat(marks(patient.id(), week)).isZero();
	}

	@Test
	void aBatchStoresNoScoreForAPatientWhoseDataWasErasedWhileItScored() throws Exception {
		AuthenticatedUser patient = people.patient();
		IsoWeek week = twoWeeksAgo(patient);
		ReadGate gate = holdFirstRead(patient.id(), week, logged -> logged);
		pending.mark(patient.id(), List.of(week.monday()));
		Future<Integer> batch = worker.submit(pending::drain);
		gate.awaitRead();

		withLockTimeout(() -> scoringData.erase(patient.id()));
		gate.open();
		batch.get(30, TimeUnit.SECONDS);

		assertThat(storedNutrition(patient.id(), week)).isNegative();
		assertThat(marks(patient.id(), week)).isZero();
	}

	/**
	 * Holds the first read of the patient's week (the batch's scoring) until opened, with nothing
	 * logged; later reads find the week as {@code laterLogged} sets it.
	 */
	private ReadGate holdFirstRead(long patientId, IsoWeek week, UnaryOperator<WeekData.Builder> laterLogged) {
		ReadGate gate = new ReadGate();
		gates.add(gate);
		ScriptedWeekData.script(patientId, week, logged -> gate.read() == 1 ? logged : laterLogged.apply(logged));
		return gate;
	}

	/** Counts the reads of a week and holds the first one until opened. */
	private static final class ReadGate {

		private final CountDownLatch firstRead = new CountDownLatch(1);

		private final CountDownLatch opened = new CountDownLatch(1);

		private final AtomicInteger reads = new AtomicInteger();

		int read() {
			int read = reads.incrementAndGet();
			if (read == 1) {
				firstRead.countDown();
				try {
					opened.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			return read;
		}

		void awaitRead() throws InterruptedException {
			assertThat(firstRead.await(30, TimeUnit.SECONDS)).as("the batch reads the week").isTrue();
		}

		void open() {
			opened.countDown();
		}

		int reads() {
			return reads.get();
		}

	}

	/** Runs the write in its own transaction, failing if it waits more than 200 ms for a lock. */
	private void withLockTimeout(Runnable write) {
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			jdbc.execute("set local lock_timeout = '200ms'");
			write.run();
		});
	}

	private IsoWeek twoWeeksAgo(AuthenticatedUser patient) {
		return IsoWeek.of(patients.today(patient.id())).minusWeeks(2);
	}

	private void claimedUntil(long patientId, IsoWeek week, String leaseEnd) {
		jdbc.update("""
				insert into scoring_pending_weeks (patient_id, week_start, marked_at, claimed_until)
				values (?, ?, now(), %s)""".formatted(leaseEnd), patientId, week.monday());
	}

	private int marks(long patientId, IsoWeek week) {
		return jdbc.queryForObject("select count(*) from scoring_pending_weeks where patient_id = ? and week_start = ?",
				Integer.class, patientId, week.monday());
	}

	/** The stored nutrition score of the week, or -1 while none is stored. */
	private int storedNutrition(long patientId, IsoWeek week) {
		return jdbc.query("select nutrition from weekly_scores where patient_id = ? and week_start = ?",
				rs -> rs.next() ? rs.getInt(1) : -1, patientId, week.monday());
	}

	private static WeekData.Builder fullNutrition(WeekData.Builder week) {
		for (int day = 1; day <= 7; day++) {
			week.nutrition(day, NutritionDay.of(1200, 20, 90, 320, 0, 250, 70));
		}
		return week;
	}

	private static SessionInput resistance(LocalDate date) {
		return new SessionInput(date, LocalTime.of(7, 30), "RESISTANCE", 45, 7, null,
				List.of(new SetInput("squat", 8, new BigDecimal("40"), false, 2),
						new SetInput("deadlift", 6, new BigDecimal("50"), false, 2)),
				List.of(), null, null, null);
	}

}
