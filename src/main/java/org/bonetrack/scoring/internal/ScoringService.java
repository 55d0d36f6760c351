package org.bonetrack.scoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.bonetrack.guidance.Guidance;
import org.bonetrack.guidance.RuleSet;
import org.bonetrack.patients.Patients;
import org.bonetrack.scoring.rules.PatientContext;
import org.bonetrack.scoring.rules.ScoringCalendar;
import org.bonetrack.scoring.rules.ScoringEngine;
import org.bonetrack.scoring.rules.WeeklyScore;
import org.bonetrack.shared.IsoWeek;
import org.bonetrack.shared.RecordNotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores weeks and keeps the snapshots: live scoring for the week in progress, recomputation of
 * stored weeks when their data changes, and catching up the complete weeks nobody has stored yet
 * (a week with nothing logged must still count as a week, for adherence).
 * <p>
 * A stored week that is complete keeps the low-impact plan it was scored under when it is scored
 * again (the patients module keeps no history of the plan); a new or current week takes the plan
 * in force.
 */
@Service
public class ScoringService {

	private final WeekDataSource source;

	private final WeeklyScoreStore store;

	private final Guidance guidance;

	private final Patients patients;

	private final Clock clock;

	private final int historyWeeks;

	ScoringService(WeekDataSource source, WeeklyScoreStore store, Guidance guidance, Patients patients, Clock clock,
			@Value("${bonetrack.scoring.history-weeks:156}") int historyWeeks) {
		this.source = source;
		this.store = store;
		this.guidance = guidance;
		this.patients = patients;
		this.clock = clock;
		this.historyWeeks = historyWeeks;
	}

	public IsoWeek currentWeek(long patientId) {
		return ScoringCalendar.currentWeek(clock.instant(), patients.timeZone(patientId));
	}

	/** The week scored now with the rules in force, without storing anything. */
	public WeeklyScore scoreLive(long patientId, IsoWeek week) {
		PatientWeeks.Input input = source.load(patientId, List.of(week)).input(week);
		return ScoringEngine.score(input.data(), input.context(), guidance.currentRules());
	}

	/** Scores and stores the weeks that contain the dates (a patient's data changed on them). */
	@Transactional
	public void recomputeWeeksOf(long patientId, Collection<LocalDate> dates) {
		IsoWeek current = currentWeek(patientId);
		List<IsoWeek> weeks = dates.stream().map(IsoWeek::of).filter(week -> week.compareTo(current) <= 0).distinct().toList();
		recompute(Map.of(patientId, weeks), guidance.currentRules());
	}

	/**
	 * A body weight changed on the date: every stored week from then on uses it, and so do the
	 * earlier ones if it is the patient's first weight.
	 */
	@Transactional
	public void recomputeAfterWeightChange(long patientId, LocalDate date) {
		boolean earlierWeight = patients.weights(patientId).stream().anyMatch(weight -> weight.date().isBefore(date));
		IsoWeek from = earlierWeight ? IsoWeek.of(date) : null;
		TreeSet<IsoWeek> weeks = new TreeSet<>();
		store.keys(List.of(patientId))
			.getOrDefault(patientId, List.of())
			.stream()
			.map(WeeklyScoreStore.Key::week)
			.filter(week -> from == null || week.compareTo(from) >= 0)
			.forEach(weeks::add);
		IsoWeek current = currentWeek(patientId);
		weeks.add(current);
		// the weight's own week becomes part of the history, so catching up starts no later than it
		if (IsoWeek.of(date).compareTo(current) <= 0) {
			weeks.add(IsoWeek.of(date));
		}
		recompute(Map.of(patientId, weeks), guidance.currentRules());
	}

	/**
	 * Stores every complete week that is missing from the patient's history, which starts at her
	 * earliest stored week, or at her first data when nothing is stored yet (at most the configured
	 * number of weeks back), and finalises weeks still stored as in progress that have since ended.
	 * Gaps are filled too: a week with nothing logged still counts, for adherence.
	 */
	@Transactional
	public void catchUp(Collection<Long> patientIds) {
		Instant now = clock.instant();
		Map<Long, IsoWeek> lastComplete = new LinkedHashMap<>();
		Map<Long, IsoWeek> earliestAllowed = new HashMap<>();
		Map<Long, ZoneId> zones = patients.timeZones(patientIds);
		for (long patientId : patientIds) {
			ZoneId zone = zones.get(patientId);
			if (zone == null) {
				throw RecordNotFoundException.of("Patient", patientId);
			}
			IsoWeek current = ScoringCalendar.currentWeek(now, zone);
			lastComplete.put(patientId, current.previous());
			earliestAllowed.put(patientId, current.minusWeeks(historyWeeks));
		}
		Map<Long, List<IsoWeek>> missing = new LinkedHashMap<>(store.missingCompleteWeeks(lastComplete, earliestAllowed));
		Set<Long> withHistory = store.withStoredWeeks(patientIds);
		List<Long> withoutHistory = patientIds.stream().filter(id -> !withHistory.contains(id)).distinct().toList();
		Map<Long, LocalDate> firstActivity = withoutHistory.isEmpty() ? Map.of() : source.firstActivity(withoutHistory);
		for (long patientId : withoutHistory) {
			IsoWeek last = lastComplete.get(patientId);
			java.util.Optional.ofNullable(firstActivity.get(patientId)).map(IsoWeek::of).ifPresent(first -> {
				List<IsoWeek> weeks = new ArrayList<>();
				for (IsoWeek week = later(first, earliestAllowed.get(patientId)); week.compareTo(last) <= 0; week = week.next()) {
					weeks.add(week);
				}
				missing.put(patientId, weeks);
			});
		}
		recompute(missing, guidance.currentRules());
	}

	/**
	 * Scores again every week stored for these patients, with the rules in force (the demo's data
	 * are seeded without events, so its stored weeks are brought up to date at startup).
	 */
	@Transactional
	public int rescoreStored(Collection<Long> patientIds) {
		Map<Long, List<IsoWeek>> weeks = new LinkedHashMap<>();
		store.keys(patientIds)
			.forEach((patientId, keys) -> weeks.put(patientId, keys.stream().map(WeeklyScoreStore.Key::week).toList()));
		return recompute(weeks, guidance.currentRules());
	}

	/** Scores the weeks with the rule set and stores them; returns how many were stored. */
	int recompute(Map<Long, ? extends Collection<IsoWeek>> weeksByPatient, RuleSet rules) {
		List<WeeklyScoreStore.Row> rows = score(weeksByPatient, rules);
		store.upsert(rows);
		return rows.size();
	}

	/**
	 * Scores the weeks with the rule set without storing them (weeks that have not started where
	 * the patient lives are left out): the pending-weeks batch stores only the weeks it still holds.
	 */
	List<WeeklyScoreStore.Row> score(Map<Long, ? extends Collection<IsoWeek>> weeksByPatient, RuleSet rules) {
		Map<Long, ? extends Collection<IsoWeek>> wanted = new HashMap<>(weeksByPatient);
		wanted.values().removeIf(Collection::isEmpty);
		if (wanted.isEmpty()) {
			return List.of();
		}
		// only the plans of the weeks asked for: a patient's whole history is 156 rows, a mark usually one week
		Map<Long, List<WeeklyScoreStore.Key>> stored = store.keysOf(wanted);
		Map<Long, PatientWeeks> loaded = source.load(wanted);
		Instant now = clock.instant();
		List<WeeklyScoreStore.Row> rows = new ArrayList<>();
		loaded.forEach((patientId, patientWeeks) -> {
			Map<IsoWeek, Boolean> storedPlans = new HashMap<>();
			stored.getOrDefault(patientId, List.of()).forEach(key -> storedPlans.put(key.week(), key.lowImpactPlan()));
			IsoWeek current = IsoWeek.of(patientWeeks.today());
			for (IsoWeek week : wanted.get(patientId)) {
				if (week.compareTo(current) > 0) {
					// a week that has not started where the patient lives is not scored
					continue;
				}
				PatientWeeks.Input input = patientWeeks.input(week);
				PatientContext context = input.context();
				if (!input.data().inProgress() && storedPlans.containsKey(week)) {
					context = new PatientContext(context.weightKg(), storedPlans.get(week), context.zone());
				}
				WeeklyScore score = ScoringEngine.score(input.data(), context, rules);
				rows.add(new WeeklyScoreStore.Row(patientId, score, context.lowImpactPlan(), now));
			}
		});
		return rows;
	}

	private static IsoWeek later(IsoWeek a, IsoWeek b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

}
