package org.bonetrack.scoring.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bonetrack.exercise.ExerciseLog;
import org.bonetrack.exercise.ExerciseSessionView;
import org.bonetrack.exercise.ExerciseSetView;
import org.bonetrack.exercise.ImpactView;
import org.bonetrack.nutrition.DailyNutrition;
import org.bonetrack.nutrition.NutritionLog;
import org.bonetrack.patients.BodyWeight;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;
import org.bonetrack.scoring.rules.ExerciseSession;
import org.bonetrack.scoring.rules.ExerciseType;
import org.bonetrack.scoring.rules.ImpactBout;
import org.bonetrack.scoring.rules.NutritionDay;
import org.bonetrack.scoring.rules.PatientContext;
import org.bonetrack.scoring.rules.ScoringCalendar;
import org.bonetrack.scoring.rules.WeekData;
import org.bonetrack.scoring.rules.WorkSet;
import org.bonetrack.shared.IsoWeek;
import org.bonetrack.shared.RecordNotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine's input from the modules that hold a patient's logs: profile (zone, low-impact plan)
 * and body weights from patients, sessions from exercise, daily totals from nutrition. Whatever
 * the number of patients and weeks asked for, a load is a fixed number of queries: profiles,
 * weights, and one read of each log (sessions, sets, impacts, nutrition days) over exactly the
 * weeks asked for each patient, so a batch of marks spread over a year reads those weeks and not
 * the year. The body weight of a week is the latest measured on or before its Sunday; before the
 * first measurement, the first one.
 */
@Component
class LoggedWeekDataSource implements WeekDataSource {

	private final Patients patients;

	private final ExerciseLog exercise;

	private final NutritionLog nutrition;

	private final Clock clock;

	LoggedWeekDataSource(Patients patients, ExerciseLog exercise, NutritionLog nutrition, Clock clock) {
		this.patients = patients;
		this.exercise = exercise;
		this.nutrition = nutrition;
		this.clock = clock;
	}

	@Override
	public PatientWeeks load(long patientId, Collection<IsoWeek> weeks) {
		PatientWeeks loaded = load(Map.of(patientId, weeks)).get(patientId);
		if (loaded == null) {
			throw RecordNotFoundException.of("Patient", patientId);
		}
		return loaded;
	}

	/** Patients that no longer exist are left out of the answer. */
	@Override
	@Transactional(readOnly = true)
	public Map<Long, PatientWeeks> load(Map<Long, ? extends Collection<IsoWeek>> weeksByPatient) {
		Map<Long, PatientWeeks> loaded = new LinkedHashMap<>();
		if (weeksByPatient.isEmpty()) {
			return loaded;
		}
		Collection<Long> ids = weeksByPatient.keySet();
		Map<Long, PatientProfile> profiles = patients.profiles(ids);
		Map<Long, List<BodyWeight>> weights = patients.weights(ids);
		Map<Long, List<ExerciseSessionView>> sessions = exercise.sessions(weeksByPatient);
		Map<Long, List<DailyNutrition>> days = nutrition.days(weeksByPatient);
		Instant now = clock.instant();
		weeksByPatient.forEach((patientId, weeks) -> {
			PatientProfile profile = profiles.get(patientId);
			if (profile != null) {
				loaded.put(patientId, weeksOf(profile, weeks, now, weights.getOrDefault(patientId, List.of()),
						sessions.getOrDefault(patientId, List.of()), days.getOrDefault(patientId, List.of())));
			}
		});
		return loaded;
	}

	private static PatientWeeks weeksOf(PatientProfile profile, Collection<IsoWeek> weeks, Instant now,
			List<BodyWeight> weights, List<ExerciseSessionView> sessions, List<DailyNutrition> days) {
		LocalDate today = ScoringCalendar.today(now, profile.timeZone());
		Map<IsoWeek, WeekData.Builder> builders = new HashMap<>();
		for (IsoWeek week : weeks) {
			builders.put(week, WeekData.builder(week).today(ScoringCalendar.todayIfIn(week, today)));
		}
		for (ExerciseSessionView view : sessions) {
			WeekData.Builder builder = builders.get(IsoWeek.of(view.date()));
			if (builder != null) {
				builder.session(view.date(), session(view));
			}
		}
		for (DailyNutrition day : days) {
			WeekData.Builder builder = builders.get(IsoWeek.of(day.date()));
			if (builder != null) {
				builder.nutrition(day.date(), day(day));
			}
		}
		Map<IsoWeek, PatientWeeks.Input> inputs = new HashMap<>();
		builders.forEach((week, builder) -> inputs.put(week, new PatientWeeks.Input(builder.build(),
				new PatientContext(weightFor(week, weights), profile.clinicalContext().lowImpactPlan(),
						profile.timeZone()))));
		return new PatientWeeks(profile.patientId(), profile.timeZone(), today, inputs);
	}

	/** A logged session as the engine sees it (masses in kg; an unknown duration counts as none). */
	static ExerciseSession session(ExerciseSessionView view) {
		List<WorkSet> sets = new ArrayList<>(view.sets().size());
		for (ExerciseSetView set : view.sets()) {
			sets.add(new WorkSet(set.reps(), set.loadKg().doubleValue(), set.warmup(), set.rir()));
		}
		List<ImpactBout> impacts = new ArrayList<>(view.impacts().size());
		for (ImpactView impact : view.impacts()) {
			impacts.add(new ImpactBout(impact.activityKey(), impact.count(), impact.peakForceBodyWeights().doubleValue()));
		}
		return new ExerciseSession(ExerciseType.valueOf(view.type().name()), view.startTime(),
				view.durationMinutes() == null ? 0 : view.durationMinutes(), view.rpe(), sets, impacts,
				toDouble(view.vestLoadKg()));
	}

	/** A day's totals; a nutrient no entry gave counts as zero, a day without entries as not logged. */
	static NutritionDay day(DailyNutrition day) {
		return new NutritionDay(zero(day.calciumMg()), zero(day.vitaminDUg()), zero(day.vitaminKUg()),
				zero(day.magnesiumMg()), zero(day.supplementalMagnesiumMg()), zero(day.epaDhaMg()),
				zero(day.proteinG()), day.vitaminKSupplement(), day.entryCount() > 0);
	}

	@Override
	public Optional<LocalDate> firstActivity(long patientId) {
		return Optional.ofNullable(firstActivity(List.of(patientId)).get(patientId));
	}

	/** The earliest of the first weight, session and nutrition day of each patient; a few queries in all. */
	@Override
	@Transactional(readOnly = true)
	public Map<Long, LocalDate> firstActivity(Collection<Long> patientIds) {
		Map<Long, LocalDate> first = new HashMap<>();
		patients.weights(patientIds).forEach((id, list) -> list.stream()
			.map(BodyWeight::date)
			.min(LocalDate::compareTo)
			.ifPresent(date -> first.merge(id, date, WeekDataSource::earlier)));
		exercise.firstLoggedOn(patientIds).forEach((id, date) -> first.merge(id, date, WeekDataSource::earlier));
		nutrition.firstLoggedOn(patientIds).forEach((id, date) -> first.merge(id, date, WeekDataSource::earlier));
		return first;
	}

	/** Weights come newest first. */
	static @Nullable Double weightFor(IsoWeek week, List<BodyWeight> weights) {
		LocalDate sunday = week.sunday();
		BodyWeight chosen = null;
		for (BodyWeight weight : weights) {
			chosen = weight;
			if (!weight.date().isAfter(sunday)) {
				break;
			}
		}
		return chosen == null ? null : chosen.weightKg().doubleValue();
	}

	private static @Nullable Double toDouble(@Nullable BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}

	private static double zero(@Nullable BigDecimal value) {
		return value == null ? 0 : value.doubleValue();
	}

}
