package org.bonetrack.scoring.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bonetrack.guidance.ArticleSlugs;
import org.bonetrack.guidance.RuleSet;

import static org.bonetrack.guidance.RuleParameter.OSTEOGENIC_MERGE_HOURS;

/**
 * Turner and Robling's osteogenic index (Exerc Sport Sci Rev 2003): peak force (in body
 * weights) × ln(1 + loading cycles) per bout, summed over the week. Bone's sensitivity to loading
 * recovers over several hours, so sessions of one day with less rest than the rule set's merge
 * interval between them (from the end of one to the start of the next, in real time in the
 * patient's zone, so a clock change counts) are one bout: their cycles add up and the highest
 * peak force counts. A session without a start time cannot be placed, so a day with one is a
 * single bout. Information only: it does not change the score in rule set v1.
 */
final class OsteogenicIndex {

	private OsteogenicIndex() {
	}

	static Finding finding(WeekData week, PatientContext patient, RuleSet rules) {
		double index = 0;
		int bouts = 0;
		for (DayData day : week.days()) {
			if (!week.reached(day.date())) {
				continue;
			}
			for (Bout bout : bouts(day, patient.zone(), rules)) {
				index += bout.index();
				bouts++;
			}
		}
		double value = ScoringEngine.round2(index);
		return new Finding(Criterion.OSTEOGENIC_INDEX, FindingStatus.INFO, value, null,
				bouts == 0 ? "score.osteogenicIndex.none" : "score.osteogenicIndex.info", List.of(value, bouts),
				ArticleSlugs.OSTEOGENIC_LOADING);
	}

	/** The day's loading bouts, after merging sessions that were too close together. */
	static List<Bout> bouts(DayData day, ZoneId zone, RuleSet rules) {
		List<ExerciseSession> loaded = new ArrayList<>();
		boolean timeUnknown = false;
		for (ExerciseSession session : day.sessions()) {
			if (cycles(session) > 0) {
				loaded.add(session);
				timeUnknown |= session.startTime() == null;
			}
		}
		if (loaded.isEmpty()) {
			return List.of();
		}
		if (timeUnknown) {
			Bout all = new Bout(0, 0);
			for (ExerciseSession session : loaded) {
				all = all.plus(session);
			}
			return List.of(all);
		}
		loaded.sort(Comparator.comparing(ExerciseSession::startTime));
		long mergeSeconds = Math.round(rules.get(OSTEOGENIC_MERGE_HOURS) * 3600);
		List<Bout> bouts = new ArrayList<>();
		Bout current = null;
		Instant currentEnd = null;
		for (ExerciseSession session : loaded) {
			Instant start = day.date().atTime(session.startTime()).atZone(zone).toInstant();
			Instant end = start.plus(Duration.ofMinutes(session.durationMinutes()));
			if (current != null && Duration.between(currentEnd, start).getSeconds() < mergeSeconds) {
				current = current.plus(session);
				currentEnd = end.isAfter(currentEnd) ? end : currentEnd;
			}
			else {
				if (current != null) {
					bouts.add(current);
				}
				current = new Bout(0, 0).plus(session);
				currentEnd = end;
			}
		}
		bouts.add(current);
		return bouts;
	}

	private static int cycles(ExerciseSession session) {
		int cycles = 0;
		for (ImpactBout bout : session.impacts()) {
			if (bout.count() > 0 && bout.peakForceBodyWeights() > 0) {
				cycles += bout.count();
			}
		}
		return cycles;
	}

	/** Loading cycles and the highest peak force (body weights) of one bout. */
	record Bout(int cycles, double peakForce) {

		Bout plus(ExerciseSession session) {
			int addedCycles = cycles;
			double force = peakForce;
			for (ImpactBout impacts : session.impacts()) {
				if (impacts.count() > 0 && impacts.peakForceBodyWeights() > 0) {
					addedCycles += impacts.count();
					force = Math.max(force, impacts.peakForceBodyWeights());
				}
			}
			return new Bout(addedCycles, force);
		}

		double index() {
			return peakForce * Math.log1p(cycles);
		}

	}

}
