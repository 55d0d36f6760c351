package org.bonetrack.scoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bonetrack.guidance.Guidance;
import org.bonetrack.guidance.RescoringProgress;
import org.bonetrack.guidance.RuleSet;
import org.bonetrack.guidance.RuleSetEffects;
import org.bonetrack.guidance.RuleSetPreview;
import org.bonetrack.scoring.rules.Criterion;
import org.bonetrack.scoring.rules.Finding;
import org.bonetrack.scoring.rules.FindingStatus;
import org.bonetrack.scoring.rules.PatientContext;
import org.bonetrack.scoring.rules.ScoringEngine;
import org.bonetrack.scoring.rules.WeeklyScore;
import org.bonetrack.shared.IsoWeek;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a candidate rule set would do: the stored complete weeks of the recent past are scored
 * again from their data, once with the rules in force and once with the candidate, and compared.
 * Both use today's data, so only the rules make the difference. Works patient chunk by chunk.
 */
@Component
class ScoringEffects implements RuleSetEffects {

	private final WeeklyScoreStore store;

	private final WeekDataSource source;

	private final Guidance guidance;

	private final RescoringJob job;

	private final Clock clock;

	private final int previewWeeks;

	ScoringEffects(WeeklyScoreStore store, WeekDataSource source, Guidance guidance, RescoringJob job, Clock clock,
			@Value("${bonetrack.scoring.preview-weeks:52}") int previewWeeks) {
		this.store = store;
		this.source = source;
		this.guidance = guidance;
		this.job = job;
		this.clock = clock;
		this.previewWeeks = previewWeeks;
	}

	@Override
	@Transactional(readOnly = true)
	public RuleSetPreview preview(RuleSet candidate) {
		RuleSet current = guidance.currentRules();
		LocalDate from = IsoWeek.of(LocalDate.now(clock.withZone(ZoneOffset.UTC))).minusWeeks(previewWeeks).monday();
		int weeks = 0;
		int statusChanges = 0;
		int totalChanges = 0;
		long totalBefore = 0;
		long totalAfter = 0;
		long cursor = 0;
		List<Long> patients;
		while (!(patients = store.patientsAfter(cursor, 100)).isEmpty()) {
			cursor = patients.get(patients.size() - 1);
			Map<Long, List<WeeklyScoreStore.Key>> keys = store.completeKeysSince(patients, from);
			keys.values().removeIf(List::isEmpty);
			Map<Long, List<IsoWeek>> wanted = new java.util.HashMap<>();
			keys.forEach((patientId, list) -> wanted.put(patientId, list.stream().map(WeeklyScoreStore.Key::week).toList()));
			Map<Long, PatientWeeks> loaded = source.load(wanted);
			for (Map.Entry<Long, List<WeeklyScoreStore.Key>> entry : keys.entrySet()) {
				PatientWeeks patientWeeks = loaded.get(entry.getKey());
				for (WeeklyScoreStore.Key key : entry.getValue()) {
					PatientWeeks.Input input = patientWeeks.input(key.week());
					PatientContext context = new PatientContext(input.context().weightKg(), key.lowImpactPlan(),
							input.context().zone());
					WeeklyScore before = ScoringEngine.score(input.data(), context, current);
					WeeklyScore after = ScoringEngine.score(input.data(), context, candidate);
					weeks++;
					totalBefore += before.total();
					totalAfter += after.total();
					statusChanges += statuses(before).equals(statuses(after)) ? 0 : 1;
					totalChanges += before.total() == after.total() ? 0 : 1;
				}
			}
		}
		return weeks == 0 ? RuleSetPreview.empty(previewWeeks)
				: new RuleSetPreview(previewWeeks, weeks, statusChanges, totalChanges, (double) totalBefore / weeks,
						(double) totalAfter / weeks);
	}

	@Override
	public Optional<RescoringProgress> latestRescoring() {
		return job.latest();
	}

	private static Map<Criterion, FindingStatus> statuses(WeeklyScore score) {
		Map<Criterion, FindingStatus> statuses = new EnumMap<>(Criterion.class);
		for (Finding finding : score.findings()) {
			statuses.put(finding.criterion(), finding.status());
		}
		return statuses;
	}

}
