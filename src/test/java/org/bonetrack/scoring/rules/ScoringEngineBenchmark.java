package org.bonetrack.scoring.rules;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bonetrack.guidance.RuleSet;
import org.bonetrack.shared.IsoWeek;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring one busy patient-week (target: under 20 µs). Run with
 * {@code ./mvnw -Pbench test -Dbench.include=ScoringEngineBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ScoringEngineBenchmark {

	private WeekData week;

	private PatientContext patient;

	private RuleSet rules;

	@Setup
	public void prepare() {
		IsoWeek isoWeek = IsoWeek.parse("2026-W20");
		WeekData.Builder builder = WeekData.builder(isoWeek);
		for (int day = 1; day <= 7; day++) {
			// a very active week: strength on three days, impacts twice a day, a vest walk, every day logged
			if (day % 2 == 1) {
				List<WorkSet> sets = new java.util.ArrayList<>();
				for (int i = 0; i < 5; i++) {
					sets.add(WorkSet.warmup(8, 20));
				}
				for (int i = 0; i < 15; i++) {
					sets.add(WorkSet.working(6, 50).withRir(2));
				}
				builder.session(day, ExerciseSession.resistance(LocalTime.of(18, 0), 50, 8, sets));
			}
			builder.session(day, ExerciseSession.impact(LocalTime.of(7, 0), 10,
					List.of(new ImpactBout("hops", 30, 3.5), new ImpactBout("drop jumps", 20, 4.5))));
			builder.session(day, ExerciseSession.impact(LocalTime.of(12, 30), 10,
					List.of(new ImpactBout("stamps", 40, 3.0))));
			builder.session(day, ExerciseSession.vestWalk(LocalTime.of(20, 0), 30, 6.5));
			builder.nutrition(day, NutritionDay.of(1100 + day * 40, 18, 80, 300, 100, 240, 62));
		}
		week = builder.build();
		patient = PatientContext.of(64.5, ZoneId.of("Europe/London"));
		rules = RuleSet.initial();
	}

	@Benchmark
	public WeeklyScore scoreOnePatientWeek() {
		return ScoringEngine.score(week, patient, rules);
	}

}
