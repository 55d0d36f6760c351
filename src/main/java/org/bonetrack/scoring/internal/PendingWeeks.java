package org.bonetrack.scoring.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bonetrack.guidance.Guidance;
import org.bonetrack.shared.IsoWeek;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Weeks waiting to be scored again because their data changed ({@code scoring_pending_weeks}).
 * Marking is idempotent (one row per patient and week, whatever the number of events), so the
 * hundreds of per-session events of an import coalesce into one mark per week.
 * <p>
 * A patient's write marks its week in its own transaction, so it must never wait for a batch
 * being scored (issue 9: when a batch locked its marks while it scored, an API post waited for the
 * whole batch). {@link #drain} therefore scores the marks batch after batch, each in two steps:
 * <ol>
 * <li>a short transaction <em>claims</em> up to 100 free marks ({@code batch-rows}): unclaimed, or
 * whose lease has passed; {@code skip locked} passes over the marks being written. The claim is a
 * lease ({@code claimed_until}, 60 s by default, {@code bonetrack.scoring.pending.lease}) that
 * keeps other workers and nodes off the marks, and it notes each mark's {@code version};</li>
 * <li>a second transaction scores the weeks without holding any mark, then <em>settles</em> the
 * marks it still holds (locked in key order, the order a write marks in): it deletes those whose
 * version is still the claimed one, releases those marked again meanwhile (their week is scored
 * again by the next batch, with the change), and stores the scores of those weeks only.</li>
 * </ol>
 * A write therefore waits at most for a claim or for a batch's settling and storing, never for its
 * scoring. Marking again bumps the version but keeps the lease, so no other batch scores the week
 * while this one may still store an older score of it.
 * <p>
 * A batch that no longer holds a mark (its lease passed and another batch took the mark, or the
 * patient's data was erased meanwhile) stores nothing for that week: its score may be older than
 * the other batch's, or belong to erased data. The lease end is each claim's identity, not the
 * version alone (a mark deleted and made again starts over at version 0; a mark is taken again only
 * after its lease, so its next lease ends later). Settling comes before storing so that the batch
 * locks marks, then scores, in the order the patient-data erasure does. A batch that fails
 * releases its marks for the next run; one that dies leaves them claimed until the lease passes.
 * A claimed mark is still a pending mark for the patient home and the week lists.
 */
@Component
public class PendingWeeks {

	private static final Log log = LogFactory.getLog(PendingWeeks.class);

	private final JdbcClient jdbc;

	private final ScoringService scoring;

	private final WeeklyScoreStore store;

	private final Guidance guidance;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int batchRows;

	private final Duration lease;

	PendingWeeks(JdbcClient jdbc, ScoringService scoring, WeeklyScoreStore store, Guidance guidance,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${bonetrack.scoring.pending.batch-rows:100}") int batchRows,
			@Value("${bonetrack.scoring.pending.lease:60s}") Duration lease) {
		this.jdbc = jdbc;
		this.scoring = scoring;
		this.store = store;
		this.guidance = guidance;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.batchRows = batchRows;
		this.lease = lease;
	}

	/** Marks the weeks containing the dates (in the patient's calendar); joins the caller's transaction. */
	public void mark(long patientId, Collection<LocalDate> dates) {
		TreeSet<LocalDate> mondays = new TreeSet<>();
		dates.forEach(date -> mondays.add(IsoWeek.of(date).monday()));
		if (mondays.isEmpty()) {
			return;
		}
		List<Date> weeks = mondays.stream().map(Date::valueOf).toList();
		// a claimed mark keeps its lease: the batch scoring it sees the new version and leaves it
		jdbc.sql("""
				insert into scoring_pending_weeks (patient_id, week_start, marked_at)
				select :patient, week, :now from unnest(array[:weeks]::date[]) as week
				on conflict (patient_id, week_start) do update
				set marked_at = excluded.marked_at, version = scoring_pending_weeks.version + 1
				""")
			.param("patient", patientId)
			.param("weeks", weeks)
			.param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.update();
	}

	/** Marks every week from the one containing {@code from} to the one containing {@code to}. */
	public void markRange(long patientId, LocalDate from, LocalDate to) {
		List<LocalDate> dates = new ArrayList<>();
		for (IsoWeek week = IsoWeek.of(from); week.compareTo(IsoWeek.of(to)) <= 0; week = week.next()) {
			dates.add(week.monday());
		}
		mark(patientId, dates);
	}

	/** Scores every pending week free to take, batch after batch; returns how many weeks were stored. */
	public int drain() {
		int scored = 0;
		while (true) {
			Claim claim = transactions.execute(status -> claim());
			if (claim == null || claim.versions().isEmpty()) {
				return scored;
			}
			scored += scoreClaimed(claim);
		}
	}

	/** A patient's week. */
	private record Week(long patientId, LocalDate monday) {
	}

	/** The marks a batch took, with the version of each, and the end of its lease (its identity). */
	private record Claim(OffsetDateTime until, Map<Week, Long> versions) {

		Map<Long, List<IsoWeek>> weeksByPatient() {
			Map<Long, List<IsoWeek>> weeks = new LinkedHashMap<>();
			versions.keySet()
				.forEach(week -> weeks.computeIfAbsent(week.patientId(), id -> new ArrayList<>())
					.add(IsoWeek.of(week.monday())));
			return weeks;
		}

	}

	/** Takes up to a batch of free marks, in the caller's (short) transaction. */
	private Claim claim() {
		// microseconds, as stored, so that the lease end compares equal when the batch settles
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		OffsetDateTime until = OffsetDateTime.ofInstant(now.plus(lease), ZoneOffset.UTC);
		Map<Week, Long> versions = new LinkedHashMap<>();
		jdbc.sql("""
				update scoring_pending_weeks p set claimed_until = :until
				from (select patient_id, week_start from scoring_pending_weeks
				      where claimed_until is null or claimed_until < :now
				      order by patient_id, week_start limit :rows for update skip locked) free
				where p.patient_id = free.patient_id and p.week_start = free.week_start
				returning p.patient_id, p.week_start, p.version
				""")
			.param("until", until)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("rows", batchRows)
			.query(rs -> {
				versions.put(new Week(rs.getLong(1), rs.getDate(2).toLocalDate()), rs.getLong(3));
			});
		return new Claim(until, versions);
	}

	/** Scores and settles a claim; if that fails, its marks are released for the next run. */
	private int scoreClaimed(Claim claim) {
		try {
			Integer stored = transactions.execute(status -> scoreAndSettle(claim));
			return stored == null ? 0 : stored;
		}
		catch (RuntimeException ex) {
			try {
				transactions.executeWithoutResult(status -> release(claim, claim.versions().keySet()));
			}
			catch (RuntimeException releaseFailed) {
				// the lease passes and another run takes the marks
				ex.addSuppressed(releaseFailed);
			}
			throw ex;
		}
	}

	/** In the caller's transaction: scores the claimed weeks, settles the marks, stores the weeks still held. */
	private int scoreAndSettle(Claim claim) {
		List<WeeklyScoreStore.Row> rows = scoring.score(claim.weeksByPatient(), guidance.currentRules());
		Map<Week, Long> held = lockHeld(claim);
		List<Week> unchanged = new ArrayList<>();
		List<Week> markedAgain = new ArrayList<>();
		held.forEach((week, version) -> (version.equals(claim.versions().get(week)) ? unchanged : markedAgain).add(week));
		delete(unchanged);
		release(claim, markedAgain);
		if (held.size() < claim.versions().size() && log.isWarnEnabled()) {
			log.warn((claim.versions().size() - held.size()) + " of " + claim.versions().size()
					+ " claimed weeks were no longer this batch's (lease of " + lease
					+ " passed, or the data was erased); their scores were not stored");
		}
		List<WeeklyScoreStore.Row> heldRows = rows.stream()
			.filter(row -> held.containsKey(new Week(row.patientId(), row.score().week().monday())))
			.toList();
		store.upsert(heldRows);
		return heldRows.size();
	}

	/**
	 * Locks the claim's marks that are still its own, in key order, and returns their current
	 * versions. Waits at most for a write marking one of them (the write's own short transaction).
	 */
	private Map<Week, Long> lockHeld(Claim claim) {
		Map<Week, Long> held = new LinkedHashMap<>();
		jdbc.sql("""
				select p.patient_id, p.week_start, p.version
				from scoring_pending_weeks p
				join unnest(array[:patients]::bigint[], array[:mondays]::date[]) as claimed(patient_id, week_start)
				  on p.patient_id = claimed.patient_id and p.week_start = claimed.week_start
				where p.claimed_until = :until
				order by p.patient_id, p.week_start
				for update of p
				""")
			.param("patients", patients(claim.versions().keySet()))
			.param("mondays", mondays(claim.versions().keySet()))
			.param("until", claim.until())
			.query(rs -> {
				held.put(new Week(rs.getLong(1), rs.getDate(2).toLocalDate()), rs.getLong(3));
			});
		return held;
	}

	/** Deletes the marks (one statement for the whole batch, however many patients it holds). */
	private void delete(Collection<Week> weeks) {
		if (weeks.isEmpty()) {
			return;
		}
		jdbc.sql("""
				delete from scoring_pending_weeks p
				using unnest(array[:patients]::bigint[], array[:mondays]::date[]) as done(patient_id, week_start)
				where p.patient_id = done.patient_id and p.week_start = done.week_start
				""")
			.param("patients", patients(weeks))
			.param("mondays", mondays(weeks))
			.update();
	}

	/** Frees those of the weeks that the claim still holds, so that the next batch takes them. */
	private void release(Claim claim, Collection<Week> weeks) {
		if (weeks.isEmpty()) {
			return;
		}
		jdbc.sql("""
				update scoring_pending_weeks p set claimed_until = null
				from unnest(array[:patients]::bigint[], array[:mondays]::date[]) as freed(patient_id, week_start)
				where p.patient_id = freed.patient_id and p.week_start = freed.week_start and p.claimed_until = :until
				""")
			.param("patients", patients(weeks))
			.param("mondays", mondays(weeks))
			.param("until", claim.until())
			.update();
	}

	private static List<Long> patients(Collection<Week> weeks) {
		return weeks.stream().map(Week::patientId).toList();
	}

	private static List<Date> mondays(Collection<Week> weeks) {
		return weeks.stream().map(week -> Date.valueOf(week.monday())).toList();
	}

	/** How many weeks wait, claimed by a batch or not (tests, the admin page). */
	public long count() {
		return jdbc.sql("select count(*) from scoring_pending_weeks").query(Long.class).single();
	}

}
