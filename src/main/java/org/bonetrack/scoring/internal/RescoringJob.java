package org.bonetrack.scoring.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bonetrack.guidance.Guidance;
import org.bonetrack.guidance.RescoringProgress;
import org.bonetrack.guidance.RuleSet;
import org.bonetrack.guidance.RuleSetPublished;
import org.bonetrack.shared.IsoWeek;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes every stored weekly score after a rule set is published. The event comes through
 * the event publication registry, so a crash or restart before the job ends re-delivers it; the
 * job then carries on from its cursor. Each chunk of patients is recomputed and the cursor moved
 * in one transaction, under a lock on the job's row: no patient is skipped, none done twice, and
 * two nodes never work on the same job at once. A newer publish supersedes an older job.
 */
@Component
public class RescoringJob {

	private static final Log log = LogFactory.getLog(RescoringJob.class);

	private final JdbcClient jdbc;

	private final WeeklyScoreStore store;

	private final ScoringService scoring;

	private final Guidance guidance;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int chunkPatients;

	RescoringJob(JdbcClient jdbc, WeeklyScoreStore store, ScoringService scoring, Guidance guidance,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${bonetrack.scoring.rescoring-chunk-patients:50}") int chunkPatients) {
		this.jdbc = jdbc;
		this.store = store;
		this.scoring = scoring;
		this.guidance = guidance;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.chunkPatients = chunkPatients;
	}

	/** Runs without a surrounding transaction: every chunk commits on its own. */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(RuleSetPublished event) {
		run(event.version());
	}

	/** Starts the job for the version (or finds it started) and works until it is done. */
	public void run(int version) {
		start(version);
		int chunks = 0;
		while (processNextChunk(version)) {
			chunks++;
		}
		log.info("Rescoring with rule set v" + version + " finished after " + chunks + " chunks");
	}

	/** Records the job once; a second delivery of the same event finds it and resumes it. */
	void start(int version) {
		transactions.executeWithoutResult(status -> {
			OffsetDateTime now = now();
			jdbc.sql("""
					insert into scoring_rescoring_jobs (rule_set_version, state, total, started_at, updated_at)
					values (:version, 'RUNNING', (select count(*) from weekly_scores), :now, :now)
					on conflict (rule_set_version) do nothing""")
				.param("version", version)
				.param("now", now)
				.update();
			jdbc.sql("""
					update scoring_rescoring_jobs set state = 'SUPERSEDED', updated_at = :now, finished_at = :now
					where rule_set_version < :version and state = 'RUNNING'""")
				.param("version", version)
				.param("now", now)
				.update();
		});
	}

	/** One chunk of patients; false once the job has nothing left to do. */
	boolean processNextChunk(int version) {
		Boolean more = transactions.execute(status -> {
			Optional<Job> job = jdbc.sql("""
					select state, cursor_patient_id from scoring_rescoring_jobs
					where rule_set_version = :version for update""")
				.param("version", version)
				.query((rs, row) -> new Job(rs.getString("state"), rs.getLong("cursor_patient_id")))
				.optional();
			if (job.isEmpty() || !job.get().state().equals("RUNNING")) {
				return false;
			}
			List<Long> patients = store.patientsAfter(job.get().cursor(), chunkPatients);
			if (patients.isEmpty()) {
				jdbc.sql("""
						update scoring_rescoring_jobs set state = 'DONE', updated_at = :now, finished_at = :now
						where rule_set_version = :version""")
					.param("version", version)
					.param("now", now())
					.update();
				return false;
			}
			RuleSet rules = guidance.rules(version);
			Map<Long, List<IsoWeek>> weeks = store.keys(patients)
				.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey,
						entry -> entry.getValue().stream().map(WeeklyScoreStore.Key::week).toList()));
			int done = scoring.recompute(weeks, rules);
			jdbc.sql("""
					update scoring_rescoring_jobs
					set cursor_patient_id = :cursor, done = done + :done, updated_at = :now
					where rule_set_version = :version""")
				.param("cursor", patients.get(patients.size() - 1))
				.param("done", done)
				.param("now", now())
				.param("version", version)
				.update();
			return true;
		});
		return Boolean.TRUE.equals(more);
	}

	/** The latest job's progress, for the rules page. */
	public Optional<RescoringProgress> latest() {
		return jdbc.sql("""
				select rule_set_version, state, done, total, started_at, finished_at
				from scoring_rescoring_jobs order by rule_set_version desc limit 1""")
			.query((rs, row) -> {
				OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
				return new RescoringProgress(rs.getInt("rule_set_version"),
						RescoringProgress.State.valueOf(rs.getString("state")), rs.getLong("done"), rs.getLong("total"),
						rs.getObject("started_at", OffsetDateTime.class).toInstant(),
						finished == null ? null : finished.toInstant());
			})
			.optional();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	private record Job(String state, long cursor) {
	}

}
