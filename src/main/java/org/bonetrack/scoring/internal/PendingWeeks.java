package org.bonetrack.scoring.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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
 * hundreds of per-session events of an import coalesce into one mark per week. {@link #drain}
 * scores the marks in batches: each batch locks its rows ({@code for update skip locked}, so two
 * workers or nodes never take the same marks), scores the weeks with the rules in force, stores
 * them and deletes the marks in one transaction. A crash before the commit leaves the marks in
 * place for the next run; a mark made while its week is being scored waits for the lock and is
 * inserted again after the commit, so it is scored once more rather than lost. Batches are small
 * (100 marks by default): a patient saving a change to a week being scored waits for that batch.
 */
@Component
public class PendingWeeks {

	private final JdbcClient jdbc;

	private final ScoringService scoring;

	private final Guidance guidance;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int batchRows;

	PendingWeeks(JdbcClient jdbc, ScoringService scoring, Guidance guidance, PlatformTransactionManager transactionManager,
			Clock clock, @Value("${bonetrack.scoring.pending.batch-rows:100}") int batchRows) {
		this.jdbc = jdbc;
		this.scoring = scoring;
		this.guidance = guidance;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.batchRows = batchRows;
	}

	/** Marks the weeks containing the dates (in the patient's calendar); joins the caller's transaction. */
	public void mark(long patientId, Collection<LocalDate> dates) {
		TreeSet<LocalDate> mondays = new TreeSet<>();
		dates.forEach(date -> mondays.add(IsoWeek.of(date).monday()));
		if (mondays.isEmpty()) {
			return;
		}
		List<Date> weeks = mondays.stream().map(Date::valueOf).toList();
		jdbc.sql("""
				insert into scoring_pending_weeks (patient_id, week_start, marked_at)
				select :patient, week, :now from unnest(array[:weeks]::date[]) as week
				on conflict (patient_id, week_start) do update set marked_at = excluded.marked_at
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

	/** Scores every pending week, batch after batch; returns how many weeks were scored. */
	public int drain() {
		int scored = 0;
		while (true) {
			Integer done = transactions.execute(status -> scoreBatch());
			if (done == null || done < 0) {
				return scored;
			}
			scored += done;
		}
	}

	/** One batch in the caller's transaction; -1 when nothing was left to take. */
	private int scoreBatch() {
		Map<Long, List<IsoWeek>> weeks = new LinkedHashMap<>();
		jdbc.sql("""
				select patient_id, week_start from scoring_pending_weeks
				order by patient_id, week_start limit :rows for update skip locked
				""")
			.param("rows", batchRows)
			.query(rs -> {
				weeks.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(IsoWeek.of(rs.getDate(2).toLocalDate()));
			});
		if (weeks.isEmpty()) {
			return -1;
		}
		int scored = scoring.recompute(weeks, guidance.currentRules());
		List<Long> patients = new ArrayList<>();
		List<Date> mondays = new ArrayList<>();
		weeks.forEach((patientId, list) -> list.forEach(week -> {
			patients.add(patientId);
			mondays.add(Date.valueOf(week.monday()));
		}));
		// one statement for the whole batch, however many patients it holds
		jdbc.sql("""
				delete from scoring_pending_weeks p
				using unnest(array[:patients]::bigint[], array[:mondays]::date[]) as taken(patient_id, week_start)
				where p.patient_id = taken.patient_id and p.week_start = taken.week_start
				""")
			.param("patients", patients)
			.param("mondays", mondays)
			.update();
		return scored;
	}

	/** How many weeks wait (tests, the admin page). */
	public long count() {
		return jdbc.sql("select count(*) from scoring_pending_weeks").query(Long.class).single();
	}

}
