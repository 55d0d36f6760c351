package org.bonetrack.scoring.rules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bonetrack.guidance.RuleSet;
import org.bonetrack.shared.IsoWeek;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever is logged, scores stay within 0–100; and more training or more intake (below the
 * upper limits) never lowers any of them.
 */
class ScoringEngineProperties {

	private static final RuleSet V1 = RuleSet.initial();

	private static final IsoWeek WEEK = IsoWeek.parse("2026-W44");

	private static final ZoneId ZONE = ZoneId.of("Europe/London");

	@Property(tries = 400)
	void scoresStayBetweenZeroAndAHundred(@ForAll("anyWeek") WeekData week, @ForAll("patients") PatientContext patient) {
		WeeklyScore score = ScoringEngine.score(week, patient, V1);

		assertThat(score.total()).isBetween(0, 100);
		assertThat(score.loading()).isBetween(0, 100);
		assertThat(score.nutrition()).isBetween(0, 100);
	}

	@Property(tries = 600)
	void scoresNeverFallWhenTrainingOrIntakeOnlyGrows(@ForAll("weekBelowLimits") WeekData week,
			@ForAll("patients") PatientContext patient, @ForAll("growths") List<Growth> growths) {
		WeekData grown = week;
		for (Growth growth : growths) {
			grown = growth.applyTo(grown);
		}
		WeeklyScore before = ScoringEngine.score(week, patient, V1);
		WeeklyScore after = ScoringEngine.score(grown, patient, V1);

		assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
		assertThat(after.loading()).isGreaterThanOrEqualTo(before.loading());
		assertThat(after.nutrition()).isGreaterThanOrEqualTo(before.nutrition());
	}

	@Provide
	Arbitrary<PatientContext> patients() {
		return Combinators.combine(Arbitraries.doubles().between(35, 150).injectNull(0.2), Arbitraries.of(true, false))
			.as((weight, lowImpact) -> new PatientContext(weight, lowImpact, ZONE));
	}

	@Provide
	Arbitrary<WeekData> anyWeek() {
		return week(nutritionDay(5000, 500, 2000));
	}

	@Provide
	Arbitrary<WeekData> weekBelowLimits() {
		return week(nutritionDay(2000, 100, 350));
	}

	private Arbitrary<WeekData> week(Arbitrary<NutritionDay> nutrition) {
		Arbitrary<List<ExerciseSession>> sessions = session().list().ofMaxSize(3);
		Arbitrary<LocalDate> today = Arbitraries.integers().between(0, 6).map(day -> WEEK.monday().plusDays(day)).injectNull(0.5);
		return Combinators.combine(sessions.list().ofSize(7), nutrition.list().ofSize(7), today)
			.as((daySessions, dayNutrition, todayOrNull) -> {
				WeekData.Builder builder = WeekData.builder(WEEK).today(todayOrNull);
				for (int day = 0; day < 7; day++) {
					LocalDate date = WEEK.monday().plusDays(day);
					daySessions.get(day).forEach(session -> builder.session(date, session));
					builder.nutrition(date, dayNutrition.get(day));
				}
				return builder.build();
			});
	}

	private static Arbitrary<NutritionDay> nutritionDay(double calciumMax, double vitaminDMax,
			double supplementalMagnesiumMax) {
		Arbitrary<NutritionDay> logged = Combinators
			.combine(Arbitraries.doubles().between(0, calciumMax), Arbitraries.doubles().between(0, vitaminDMax),
					Arbitraries.doubles().between(0, 400), Arbitraries.doubles().between(0, 800),
					Arbitraries.doubles().between(0, supplementalMagnesiumMax), Arbitraries.doubles().between(0, 2000),
					Arbitraries.doubles().between(0, 200))
			.as(NutritionDay::of);
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, logged),
				net.jqwik.api.Tuple.of(1, Arbitraries.just(NutritionDay.NOT_LOGGED)));
	}

	private static Arbitrary<ExerciseSession> session() {
		Arbitrary<WorkSet> set = Combinators
			.combine(Arbitraries.integers().between(1, 20), Arbitraries.doubles().between(0, 120),
					Arbitraries.of(true, false), Arbitraries.integers().between(0, 6).injectNull(0.6))
			.as(WorkSet::new);
		Arbitrary<ImpactBout> impact = Combinators
			.combine(Arbitraries.of("hops", "jumps", "jogging", "stamps"), Arbitraries.integers().between(1, 120),
					Arbitraries.doubles().between(0.5, 5.0))
			.as(ImpactBout::new);
		return Combinators
			.combine(Arbitraries.of(ExerciseType.class),
					Arbitraries.integers().between(0, 23 * 60).map(minute -> LocalTime.MIN.plusMinutes(minute)).injectNull(0.3),
					Arbitraries.integers().between(1, 120), Arbitraries.integers().between(1, 10).injectNull(0.5),
					set.list().ofMaxSize(10), impact.list().ofMaxSize(2),
					Arbitraries.doubles().between(1, 15).injectNull(0.5))
			.as(ExerciseSession::new);
	}

	@Provide
	Arbitrary<List<Growth>> growths() {
		Arbitrary<Growth> addSession = Combinators.combine(Arbitraries.integers().between(0, 6), session())
			.as(AddSession::new);
		Arbitrary<Growth> moreIntake = Combinators
			.combine(Arbitraries.integers().between(0, 6), Arbitraries.of(Nutrient.class),
					Arbitraries.doubles().between(0, 800))
			.as(MoreIntake::new);
		Arbitrary<Growth> longer = Combinators
			.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 60))
			.as(LongerSessions::new);
		Arbitrary<Growth> moreWork = Combinators
			.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(1, 60),
					Arbitraries.integers().between(1, 12))
			.as(MoreWork::new);
		return Arbitraries.oneOf(addSession, moreIntake, longer, moreWork).list().ofMinSize(1).ofMaxSize(6);
	}

	/** A way the week can only grow. */
	interface Growth {

		WeekData applyTo(WeekData week);

		static WeekData replaceDay(WeekData week, int index, DayData day) {
			List<DayData> days = new ArrayList<>(week.days());
			days.set(index, day);
			return new WeekData(week.week(), days, week.today());
		}

	}

	record AddSession(int day, ExerciseSession session) implements Growth {

		@Override
		public WeekData applyTo(WeekData week) {
			DayData current = week.days().get(day);
			List<ExerciseSession> sessions = new ArrayList<>(current.sessions());
			sessions.add(session);
			return Growth.replaceDay(week, day, new DayData(current.date(), sessions, current.nutrition()));
		}

	}

	/** More of one nutrient on a day, up to its upper limit; an unlogged day becomes logged. */
	record MoreIntake(int day, Nutrient nutrient, double more) implements Growth {

		@Override
		public WeekData applyTo(WeekData week) {
			DayData current = week.days().get(day);
			NutritionDay n = current.nutrition();
			double calcium = n.calciumMg();
			double vitaminD = n.vitaminDUg();
			double vitaminK = n.vitaminKUg();
			double magnesium = n.magnesiumMg();
			double supplementalMagnesium = n.supplementalMagnesiumMg();
			double epaDha = n.epaDhaMg();
			double protein = n.proteinG();
			switch (nutrient) {
				case CALCIUM -> calcium = Math.max(calcium, Math.min(2000, calcium + more));
				case VITAMIN_D -> vitaminD = Math.max(vitaminD, Math.min(100, vitaminD + more / 10));
				case VITAMIN_K -> vitaminK += more;
				case MAGNESIUM -> {
					double supplement = Math.max(supplementalMagnesium, Math.min(350, supplementalMagnesium + more));
					magnesium += supplement - supplementalMagnesium;
					supplementalMagnesium = supplement;
				}
				case EPA_DHA -> epaDha += more;
				case PROTEIN -> protein += more / 10;
			}
			NutritionDay grown = NutritionDay.of(calcium, vitaminD, vitaminK, magnesium, supplementalMagnesium, epaDha,
					protein);
			return Growth.replaceDay(week, day, new DayData(current.date(), current.sessions(), grown));
		}

	}

	record LongerSessions(int day, int moreMinutes) implements Growth {

		@Override
		public WeekData applyTo(WeekData week) {
			DayData current = week.days().get(day);
			List<ExerciseSession> sessions = current.sessions()
				.stream()
				.map(s -> new ExerciseSession(s.type(), s.startTime(), Math.min(600, s.durationMinutes() + moreMinutes),
						s.rpe(), s.sets(), s.impacts(), s.vestLoadKg()))
				.toList();
			return Growth.replaceDay(week, day, new DayData(current.date(), sessions, current.nutrition()));
		}

	}

	/** More impacts in every bout and one more working set in every session of a day. */
	record MoreWork(int day, int moreImpacts, int reps) implements Growth {

		@Override
		public WeekData applyTo(WeekData week) {
			DayData current = week.days().get(day);
			List<ExerciseSession> sessions = current.sessions().stream().map(s -> {
				List<WorkSet> sets = new ArrayList<>(s.sets());
				sets.add(WorkSet.working(reps, 40));
				List<ImpactBout> impacts = s.impacts()
					.stream()
					.map(b -> new ImpactBout(b.activity(), b.count() + moreImpacts, b.peakForceBodyWeights()))
					.toList();
				return new ExerciseSession(s.type(), s.startTime(), s.durationMinutes(), s.rpe(), sets, impacts,
						s.vestLoadKg());
			}).toList();
			return Growth.replaceDay(week, day, new DayData(current.date(), sessions, current.nutrition()));
		}

	}

}
