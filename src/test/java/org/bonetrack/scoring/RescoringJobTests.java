package org.bonetrack.scoring;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.guidance.Guidance;
import org.bonetrack.guidance.RuleParameter;
import org.bonetrack.guidance.RuleSetPublished;
import org.bonetrack.guidance.internal.RuleSetService;
import org.bonetrack.patients.internal.ProfileService;
import org.bonetrack.scoring.internal.RescoringJob;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * After a publish every stored score is recomputed through the event publication registry: a
 * job interrupted part-way carries on from where it stopped when the event is delivered again,
 * skipping nothing and redoing nothing. Published values equal the defaults, so other tests keep
 * scoring by v1's numbers.
 */
@ScoringIntegrationTest
class RescoringJobTests {

	@Autowired
	RescoringJob job;

	@Autowired
	RuleSetService ruleSets;

	@Autowired
	Guidance guidance;

	@Autowired
	WeeklyScores scores;

	@Autowired
	ProfileService profiles;

	@Autowired
	TestPeople people;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcTemplate jdbc;

	private AuthenticatedUser patientWithHistory() {
		AuthenticatedUser patient = people.patient();
		profiles.recordWeight(patient.id(), LocalDate.now().minusWeeks(4), BigDecimal.valueOf(65), MassUnit.KG);
		scores.recent(List.of(patient.id()));
		// the weight's own listener scores with the rules it read; let it finish before a publish
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
				select count(*) from event_publication
				where event_type like '%BodyWeightChanged' and completion_date is null""", Integer.class) == 0);
		return patient;
	}

	private int publishDefaults() {
		ruleSets.draft().ifPresent(draft -> ruleSets.discardDraft(draft.lockVersion()));
		long lock = ruleSets.startDraft(1, "Test admin").lockVersion();
		Map<String, String> values = new LinkedHashMap<>();
		for (RuleParameter parameter : RuleParameter.values()) {
			values.put(parameter.key(), parameter.initialValue().toPlainString());
		}
		return ruleSets.publish(lock, values, 1, "Test admin").version();
	}

	private String jobState(int version) {
		return jdbc.queryForObject("select state from scoring_rescoring_jobs where rule_set_version = ?", String.class,
				version);
	}

	private Map<LocalDate, Timestamp> computedAt(long patientId) {
		Map<LocalDate, Timestamp> times = new LinkedHashMap<>();
		jdbc.query("select week_start, computed_at from weekly_scores where patient_id = ? order by week_start",
				rs -> {
					times.put(rs.getObject(1, LocalDate.class), rs.getTimestamp(2));
				}, patientId);
		return times;
	}

	private int incompletePublications(int version) {
		return jdbc.queryForObject("""
				select count(*) from event_publication
				where event_type like '%RuleSetPublished' and serialized_event like ? and completion_date is null""",
				Integer.class, "%\"version\":" + version + "%");
	}

	/**
	 * The job's row says DONE before its listener returns, and the registry marks the publication
	 * complete only after that: a test that tampers with either must wait for both.
	 */
	private void awaitJobDoneAndPublicationComplete(int version) {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> jobState(version).equals("DONE") && incompletePublications(version) == 0);
	}

	private List<Integer> versions(long patientId) {
		return jdbc.queryForList("select distinct rule_set_version from weekly_scores where patient_id = ?",
				Integer.class, patientId);
	}

	@Test
	void aPublishRecomputesEveryStoredScoreThroughTheEventPublicationRegistry() {
		AuthenticatedUser patient = patientWithHistory();

		int version = publishDefaults();

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(jobState(version)).isIn("DONE", "SUPERSEDED");
			assertThat(incompletePublications(version)).isZero();
		});
		assertThat(versions(patient.id())).allMatch(stored -> stored >= version);
		assertThat(guidance.currentRules().version()).isGreaterThanOrEqualTo(version);
	}

	@Test
	void anInterruptedJobCarriesOnFromItsCursorWhenTheEventIsDeliveredAgain() {
		AuthenticatedUser first = patientWithHistory();
		AuthenticatedUser second = patientWithHistory();
		AuthenticatedUser third = patientWithHistory();
		int version = publishDefaults();
		awaitJobDoneAndPublicationComplete(version);

		// As if the node had stopped after the chunk that ended with the second patient: the job is
		// still running, the third patient's weeks still carry the previous version, and the
		// publication was never marked complete.
		jdbc.update("""
				update scoring_rescoring_jobs set state = 'RUNNING', cursor_patient_id = ?, done = 10, finished_at = null
				where rule_set_version = ?""", second.id(), version);
		jdbc.update("update weekly_scores set rule_set_version = ? where patient_id = ?", version - 1, third.id());
		jdbc.update("""
				update event_publication set completion_date = null
				where event_type like '%RuleSetPublished' and serialized_event like ?""", "%\"version\":" + version + "%");
		Map<LocalDate, Timestamp> firstBefore = computedAt(first.id());
		Map<LocalDate, Timestamp> secondBefore = computedAt(second.id());
		int thirdWeeks = computedAt(third.id()).size();

		incomplete.resubmitIncompletePublications(
				publication -> publication.getEvent() instanceof RuleSetPublished published
						&& published.version() == version);

		await().atMost(Duration.ofSeconds(60)).until(() -> jobState(version).equals("DONE"));
		assertThat(versions(third.id())).containsExactly(version);
		assertThat(computedAt(first.id())).isEqualTo(firstBefore);
		assertThat(computedAt(second.id())).isEqualTo(secondBefore);
		assertThat(jdbc.queryForObject("select done from scoring_rescoring_jobs where rule_set_version = ?", Long.class,
				version)).isGreaterThanOrEqualTo(10L + thirdWeeks);
	}

	@Test
	void chunksAdvanceTheCursorSoEachPatientIsRecomputedOnce() {
		AuthenticatedUser patient = patientWithHistory();
		int version = publishDefaults();
		awaitJobDoneAndPublicationComplete(version);
		jdbc.update("""
				update scoring_rescoring_jobs set state = 'RUNNING', cursor_patient_id = ?, done = 0, finished_at = null
				where rule_set_version = ?""", patient.id() - 1, version);
		Map<LocalDate, Timestamp> before = computedAt(patient.id());

		job.run(version);
		Map<LocalDate, Timestamp> once = computedAt(patient.id());
		job.run(version);

		assertThat(once).isNotEqualTo(before);
		assertThat(computedAt(patient.id())).isEqualTo(once);
		assertThat(jobState(version)).isEqualTo("DONE");
	}

}
