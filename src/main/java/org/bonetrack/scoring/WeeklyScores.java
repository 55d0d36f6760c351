package org.bonetrack.scoring;

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
import java.util.Optional;

import org.bonetrack.guidance.Guidance;
import org.bonetrack.guidance.RuleParameter;
import org.bonetrack.guidance.RuleSet;
import org.bonetrack.patients.Patients;
import org.bonetrack.scoring.internal.PendingWeeks;
import org.bonetrack.scoring.internal.ScoringService;
import org.bonetrack.scoring.internal.WeeklyScoreStore;
import org.bonetrack.scoring.rules.ScoringCalendar;
import org.bonetrack.shared.IsoWeek;
import org.bonetrack.shared.RecordNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask about weekly scores. Complete weeks come from the stored snapshots
 * (missing ones are computed and stored first, so a week with nothing logged still counts); the
 * week in progress is always computed on read, to date. Callers check access first: these
 * methods trust the patient id they are given.
 */
@Service
public class WeeklyScores {

	private final ScoringService scoring;

	private final WeeklyScoreStore store;

	private final Patients patients;

	private final Guidance guidance;

	private final PendingWeeks pending;

	private final Clock clock;

	WeeklyScores(ScoringService scoring, WeeklyScoreStore store, Patients patients, Guidance guidance,
			PendingWeeks pending, Clock clock) {
		this.scoring = scoring;
		this.store = store;
		this.patients = patients;
		this.guidance = guidance;
		this.pending = pending;
		this.clock = clock;
	}

	/** The patient's current ISO week, in her time zone. */
	public IsoWeek currentWeek(long patientId) {
		return scoring.currentWeek(patientId);
	}

	/**
	 * The patient's weeks from {@code from} to {@code to} (inclusive), newest first, without their
	 * findings: stored weeks, and the week in progress (as {@link #recentWeeks} reads it) when it is
	 * in the range.
	 */
	@Transactional
	public List<WeekScore> weeks(long patientId, IsoWeek from, IsoWeek to) {
		scoring.catchUp(List.of(patientId));
		ZoneId zone = patients.timeZone(patientId);
		LocalDate today = ScoringCalendar.today(clock.instant(), zone);
		IsoWeek current = IsoWeek.of(today);
		List<WeekScore> weeks = new ArrayList<>();
		if (from.compareTo(current) <= 0 && to.compareTo(current) >= 0) {
			WeekScore week = weekInProgress(patientId, zone, today, store.listMarked(patientId, current, current, current));
			weeks.add(new WeekScore(week.week(), week.total(), week.loading(), week.nutrition(), week.ruleSetVersion(),
					true, week.computedAt(), List.of()));
		}
		IsoWeek lastComplete = to.compareTo(current) < 0 ? to : current.previous();
		if (from.compareTo(lastComplete) <= 0) {
			store.list(patientId, from, lastComplete, false).stream().filter(week -> !week.inProgress()).forEach(weeks::add);
		}
		return weeks;
	}

	/**
	 * The patient's last {@code count} weeks, newest first: the week in progress first, with its
	 * findings, then the complete weeks before it, without theirs. The caller knows her time zone.
	 * <p>
	 * The week in progress comes from its stored snapshot when that is still true: scored today
	 * (where she lives) with the rules in force, and no change waiting to be scored into it (every
	 * change to her logs, weight, plan or time zone marks the week in the same transaction, see
	 * {@code ScoringMarks}). Otherwise it is scored now, and marked so that the pending-weeks worker
	 * stores it again. Complete weeks are caught up only when one is missing from the range.
	 */
	@Transactional
	public List<WeekScore> recentWeeks(long patientId, ZoneId zone, int count) {
		Instant now = clock.instant();
		LocalDate today = ScoringCalendar.today(now, zone);
		IsoWeek current = IsoWeek.of(today);
		IsoWeek from = current.minusWeeks(count - 1L);
		List<WeeklyScoreStore.StoredWeek> stored = store.listMarked(patientId, from, current, current);
		if (missesCompleteWeeks(stored, current)) {
			scoring.catchUp(List.of(patientId));
			stored = store.listMarked(patientId, from, current, current);
		}
		List<WeekScore> weeks = new ArrayList<>(count);
		weeks.add(weekInProgress(patientId, zone, today, stored));
		stored.stream()
			.map(WeeklyScoreStore.StoredWeek::score)
			.filter(score -> score.week().compareTo(current) < 0 && !score.inProgress())
			.forEach(weeks::add);
		return weeks;
	}

	/** The stored snapshot of the week in progress while it is fresh, else the week scored now (and marked). */
	private WeekScore weekInProgress(long patientId, ZoneId zone, LocalDate today,
			List<WeeklyScoreStore.StoredWeek> stored) {
		IsoWeek current = IsoWeek.of(today);
		RuleSet rules = guidance.currentRules();
		Optional<WeeklyScoreStore.StoredWeek> snapshot = stored.stream()
			.filter(week -> week.score().week().equals(current))
			.findFirst();
		if (snapshot.isPresent() && isFresh(snapshot.get(), today, zone, rules)) {
			return snapshot.get().score();
		}
		WeekScore live = WeekScore.live(scoring.scoreLive(patientId, current));
		if (snapshot.isEmpty() || !snapshot.get().pending()) {
			// the worker stores it again, so the next read finds a fresh snapshot
			pending.mark(patientId, List.of(today));
		}
		return live;
	}

	private static boolean isFresh(WeeklyScoreStore.StoredWeek week, LocalDate today, ZoneId zone, RuleSet rules) {
		WeekScore score = week.score();
		return !week.pending() && score.inProgress() && score.ruleSetVersion() == rules.version()
				&& score.computedAt() != null && LocalDate.ofInstant(score.computedAt(), zone).equals(today);
	}

	/**
	 * Whether a complete week of the range that should be stored is not (or is still stored as in
	 * progress): any gap after the oldest stored week, or nothing complete stored at all (a new
	 * patient, or one back after a long break; catching up is cheap for both).
	 */
	private static boolean missesCompleteWeeks(List<WeeklyScoreStore.StoredWeek> stored, IsoWeek current) {
		List<WeekScore> complete = stored.stream()
			.map(WeeklyScoreStore.StoredWeek::score)
			.filter(score -> score.week().compareTo(current) < 0)
			.toList();
		if (complete.isEmpty() || complete.stream().anyMatch(WeekScore::inProgress)) {
			return true;
		}
		// newest first: every week from the oldest stored one up to last week must be there
		int expected = 0;
		for (IsoWeek week = complete.get(complete.size() - 1).week(); week.compareTo(current) < 0; week = week.next()) {
			expected++;
		}
		return complete.size() < expected;
	}

	/** The first week of the patient's stored history, if any. */
	@Transactional(readOnly = true)
	public java.util.Optional<IsoWeek> firstWeek(long patientId) {
		return store.earliest(patientId);
	}

	/**
	 * One week with its findings: the week in progress computed now, a stored week as stored, an
	 * earlier week nobody stored computed now (not stored). A future week is "not found".
	 */
	@Transactional
	public WeekScore week(long patientId, IsoWeek week) {
		ZoneId zone = patients.timeZone(patientId);
		LocalDate today = ScoringCalendar.today(clock.instant(), zone);
		IsoWeek current = IsoWeek.of(today);
		if (week.compareTo(current) > 0) {
			throw RecordNotFoundException.of("Week", week);
		}
		if (week.equals(current)) {
			return weekInProgress(patientId, zone, today, store.listMarked(patientId, current, current, current));
		}
		Optional<WeekScore> stored = store.find(patientId, week).filter(found -> !found.inProgress());
		if (stored.isPresent()) {
			return stored.get();
		}
		scoring.catchUp(List.of(patientId));
		return store.find(patientId, week)
			.filter(found -> !found.inProgress())
			.orElseGet(() -> WeekScore.live(scoring.scoreLive(patientId, week)));
	}

	/**
	 * Recent figures for many patients at once (a clinician's list): for each, the totals of her
	 * last complete weeks (the rule set's low-adherence window), their mean, and the weeks of the
	 * safety window (this week included) with an upper-limit warning. Missing complete weeks are
	 * stored first; the figures themselves come from one query.
	 */
	@Transactional
	public Map<Long, RecentScores> recent(Collection<Long> patientIds) {
		if (patientIds.isEmpty()) {
			return Map.of();
		}
		scoring.catchUp(patientIds);
		Map<Long, ZoneId> zones = patients.timeZones(patientIds);
		Map<Long, ZoneId> inOrder = new LinkedHashMap<>();
		for (long patientId : patientIds) {
			ZoneId zone = zones.get(patientId);
			if (zone == null) {
				throw RecordNotFoundException.of("Patient", patientId);
			}
			inOrder.put(patientId, zone);
		}
		return recentStored(inOrder, guidance.currentRules());
	}

	/**
	 * Like {@link #recent(Collection)}, from the stored weeks only (no catching up, so no query per
	 * patient): the caller passes each patient's time zone. Weeks not yet stored are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, RecentScores> recentStored(Map<Long, ZoneId> zones, RuleSet rules) {
		if (zones.isEmpty()) {
			return Map.of();
		}
		int adherenceWeeks = rules.getInt(RuleParameter.LOW_ADHERENCE_WEEKS);
		int safetyWeeks = rules.getInt(RuleParameter.SAFETY_WARNING_WEEKS);
		Instant now = clock.instant();
		List<WeeklyScoreStore.Window> windows = new ArrayList<>(zones.size());
		// the weeks depend only on the time zone, which most patients share
		Map<ZoneId, WeeklyScoreStore.Window> byZone = new HashMap<>();
		zones.forEach((patientId, zone) -> {
			WeeklyScoreStore.Window weeks = byZone.computeIfAbsent(zone, z -> {
				IsoWeek current = ScoringCalendar.currentWeek(now, z);
				return new WeeklyScoreStore.Window(0, current.minusWeeks(adherenceWeeks), current.previous(),
						current.minusWeeks(safetyWeeks - 1L), current);
			});
			windows.add(new WeeklyScoreStore.Window(patientId, weeks.adherenceFrom(), weeks.adherenceTo(),
					weeks.safetyFrom(), weeks.safetyTo()));
		});
		Map<Long, WeeklyScoreStore.RecentRow> rows = store.recent(windows);
		Map<Long, RecentScores> recent = new LinkedHashMap<>();
		for (long patientId : zones.keySet()) {
			WeeklyScoreStore.RecentRow row = rows.get(patientId);
			recent.put(patientId, row == null || row.totals() == null ? RecentScores.none(patientId)
					: new RecentScores(patientId, row.totals(),
							row.totals().isEmpty() ? null
									: row.totals().stream().mapToInt(Integer::intValue).average().orElseThrow(),
							row.upperLimitWarningWeeks()));
		}
		return recent;
	}

}
