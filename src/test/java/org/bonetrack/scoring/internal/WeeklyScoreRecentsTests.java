package org.bonetrack.scoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.bonetrack.shared.IsoWeek;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list's recent figures come from one summary row per patient (V51), kept by a trigger: they
 * must be exactly what the weeks themselves say, whatever was inserted, rescored or deleted.
 */
@IntegrationTest
class WeeklyScoreRecentsTests {

	private static final IsoWeek CURRENT = IsoWeek.of(LocalDate.of(2026, 11, 23));

	@Autowired
	WeeklyScoreStore store;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSummaryRowsGiveWhatTheWeeksGiveForEveryWindowAfterInsertsRescoresAndDeletes() {
		Random random = new Random(20261127);
		List<Long> patients = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			patients.add(people.patient().id());
		}
		patients.forEach(patient -> {
			// stored in any order: a newer week moves the summary on by one week or by many
			List<Integer> weeksBack = new ArrayList<>(java.util.stream.IntStream.range(0, 30).boxed().toList());
			java.util.Collections.shuffle(weeksBack, random);
			for (int back : weeksBack) {
				if (random.nextInt(3) > 0) {
					store(patient, CURRENT.minusWeeks(back), random.nextInt(101), back == 0, random.nextInt(4) == 0);
				}
			}
		});
		assertSameFiguresBothWays(patients);

		for (int change = 0; change < 60; change++) {
			long patient = patients.get(random.nextInt(patients.size()));
			IsoWeek week = CURRENT.minusWeeks(random.nextInt(30));
			switch (random.nextInt(4)) {
				case 0 -> store(patient, week, random.nextInt(101), false, random.nextBoolean());
				case 1 -> jdbc.update("update weekly_scores set computed_at = now() where patient_id = ? and week_start = ?",
						patient, week.monday());
				case 2 -> jdbc.update("update weekly_scores set total = ?, upper_limit_warning = not upper_limit_warning "
						+ "where patient_id = ? and week_start = ?", random.nextInt(101), patient, week.monday());
				default -> jdbc.update("delete from weekly_scores where patient_id = ? and week_start = ?", patient,
						week.monday());
			}
		}
		// one patient loses every week: she has no figures at all
		jdbc.update("delete from weekly_scores where patient_id = ?", patients.get(0));
		assertSameFiguresBothWays(patients);
		assertThat(jdbc.queryForObject("select count(*) from weekly_score_recents where patient_id = ?", Integer.class,
				patients.get(0))).isZero();
	}

	@Test
	void aPatientWithoutStoredWeeksHasNoFigures() {
		long patient = people.patient().id();
		List<WeeklyScoreStore.Window> windows = List.of(window(patient, 4, 2));

		assertThat(store.recent(windows)).isEmpty();
	}

	private void assertSameFiguresBothWays(List<Long> patients) {
		// the defaults (4 weeks of adherence, 2 of safety), wider ones, and ones beyond the 16 summary weeks
		int[][] shapes = { { 4, 2 }, { 1, 1 }, { 12, 12 }, { 15, 3 }, { 16, 16 }, { 20, 2 }, { 4, 40 }, { 52, 52 } };
		for (int[] shape : shapes) {
			List<WeeklyScoreStore.Window> windows = patients.stream().map(id -> window(id, shape[0], shape[1])).toList();

			Map<Long, WeeklyScoreStore.RecentRow> fromSummaries = store.recent(windows);

			assertThat(fromSummaries).as("adherence %d weeks, safety %d", shape[0], shape[1])
				.isEqualTo(store.recentFromWeeks(windows));
		}
	}

	/** The windows as WeeklyScores.recentStored makes them for the current week. */
	private static WeeklyScoreStore.Window window(long patient, int adherenceWeeks, int safetyWeeks) {
		return new WeeklyScoreStore.Window(patient, CURRENT.minusWeeks(adherenceWeeks), CURRENT.previous(),
				CURRENT.minusWeeks(safetyWeeks - 1L), CURRENT);
	}

	private void store(long patient, IsoWeek week, int total, boolean inProgress, boolean warning) {
		jdbc.update("""
				insert into weekly_scores (patient_id, week_start, total, loading, nutrition, findings, rule_set_version,
				                           in_progress, low_impact_plan, upper_limit_warning, computed_at)
				values (?, ?, ?, ?, ?, '[]'::jsonb, 1, ?, false, ?, now())
				on conflict (patient_id, week_start) do update
				set total = excluded.total, in_progress = excluded.in_progress,
				    upper_limit_warning = excluded.upper_limit_warning""",
				patient, week.monday(), total, total, total, inProgress, warning);
	}

}
