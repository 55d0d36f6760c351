package org.bonetrack.exercise.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.bonetrack.exercise.CatalogueEntry;
import org.bonetrack.exercise.ExerciseType;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.InvalidInputException.FieldProblem;
import org.bonetrack.shared.MassUnit;
import org.jspecify.annotations.Nullable;

/**
 * The rules of an exercise session (DESIGN.md §3), checked in one pass so that every problem is
 * reported at once, each under its field. The same limits are check constraints in the database.
 */
public final class SessionRules {

	public static final LocalDate EARLIEST_DATE = LocalDate.of(1990, 1, 1);

	public static final int MIN_DURATION = 1;

	public static final int MAX_DURATION = 600;

	public static final int MAX_NOTES = 2000;

	public static final int MIN_REPS = 1;

	public static final int MAX_REPS = 100;

	public static final BigDecimal MAX_LOAD_KG = BigDecimal.valueOf(500);

	public static final int MAX_RIR = 10;

	public static final int MAX_IMPACTS = 2000;

	public static final BigDecimal MIN_VEST_KG = new BigDecimal("0.5");

	public static final BigDecimal MAX_VEST_KG = BigDecimal.valueOf(40);

	public static final BigDecimal MAX_DISTANCE_KM = BigDecimal.valueOf(500);

	public static final int MAX_STEPS = 100_000;

	public static final int MAX_SETS = 200;

	public static final int MAX_IMPACT_ROWS = 20;

	public static final int MAX_CUSTOM_NAME = 80;

	private SessionRules() {
	}

	/** The session in metric units with only what its type carries, or every problem found. */
	public static ValidSession validate(SessionInput input, MassUnit unit, LocalDate today,
			Catalogue.Entries catalogue) {
		List<FieldProblem> problems = new ArrayList<>();
		if (input.date() == null) {
			problems.add(new FieldProblem("date", "exercise.date.required"));
		}
		else if (input.date().isAfter(today)) {
			problems.add(new FieldProblem("date", "exercise.date.future"));
		}
		else if (input.date().isBefore(EARLIEST_DATE)) {
			problems.add(new FieldProblem("date", "exercise.date.tooOld", EARLIEST_DATE));
		}
		ExerciseType type = parseType(input.type(), problems);
		Integer duration = input.durationMinutes();
		if (duration == null) {
			if (type != null && type.needsDuration()) {
				problems.add(new FieldProblem("durationMinutes", "exercise.duration.required"));
			}
		}
		else if (duration < MIN_DURATION || duration > MAX_DURATION) {
			problems.add(new FieldProblem("durationMinutes", "exercise.duration.range", MIN_DURATION, MAX_DURATION));
		}
		if (input.rpe() != null && (input.rpe() < 1 || input.rpe() > 10)) {
			problems.add(new FieldProblem("rpe", "exercise.rpe.range"));
		}
		String notes = trimToNull(input.notes());
		if (notes != null && notes.length() > MAX_NOTES) {
			problems.add(new FieldProblem("notes", "exercise.notes.tooLong", MAX_NOTES));
		}

		List<SessionInput.SetInput> setInputs = input.sets() == null ? List.of() : input.sets();
		List<SessionInput.ImpactInput> impactInputs = input.impacts() == null ? List.of() : input.impacts();
		List<ValidSession.Set> sets = List.of();
		List<ValidSession.Impact> impacts = List.of();
		BigDecimal vestKg = null;
		if (type == ExerciseType.RESISTANCE) {
			sets = sets(setInputs, unit, catalogue, problems);
		}
		else if (type != null && !setInputs.isEmpty()) {
			problems.add(new FieldProblem("sets", "exercise.sets.notAllowed"));
		}
		if (type == ExerciseType.IMPACT) {
			impacts = impacts(impactInputs, catalogue, problems);
		}
		else if (type != null && !impactInputs.isEmpty()) {
			problems.add(new FieldProblem("impacts", "exercise.impacts.notAllowed"));
		}
		if (type == ExerciseType.WEIGHTED_VEST_WALK) {
			vestKg = vestLoad(input.vestLoad(), unit, problems);
		}
		else if (type != null && input.vestLoad() != null) {
			problems.add(new FieldProblem("vestLoadKg", "exercise.vestLoad.notAllowed"));
		}
		BigDecimal distance = input.distanceKm();
		if (distance != null) {
			if (type != null && !type.carriesDistance()) {
				problems.add(new FieldProblem("distanceKm", "exercise.distance.notAllowed"));
			}
			else if (distance.signum() <= 0 || distance.compareTo(MAX_DISTANCE_KM) > 0) {
				problems.add(new FieldProblem("distanceKm", "exercise.distance.range", MAX_DISTANCE_KM));
			}
		}
		if (input.steps() != null) {
			if (type != null && !type.carriesSteps()) {
				problems.add(new FieldProblem("steps", "exercise.steps.notAllowed"));
			}
			else if (input.steps() < 1 || input.steps() > MAX_STEPS) {
				problems.add(new FieldProblem("steps", "exercise.steps.range", MAX_STEPS));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new ValidSession(input.date(), input.startTime(), type, duration, input.rpe(), notes, sets, impacts,
				vestKg, distance == null ? null : distance.setScale(3, RoundingMode.HALF_UP), input.steps());
	}

	/** The type named by an enum name, ignoring case and accepting hyphens for underscores. */
	public static @Nullable ExerciseType parseType(@Nullable String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem("type", "exercise.type.required"));
			return null;
		}
		String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (ExerciseType type : ExerciseType.values()) {
			if (type.name().equals(name)) {
				return type;
			}
		}
		problems.add(new FieldProblem("type", "exercise.type.unknown",
				Arrays.stream(ExerciseType.values()).map(Enum::name).collect(Collectors.joining(", "))));
		return null;
	}

	private static List<ValidSession.Set> sets(List<SessionInput.SetInput> inputs, MassUnit unit,
			Catalogue.Entries catalogue, List<FieldProblem> problems) {
		if (inputs.isEmpty()) {
			problems.add(new FieldProblem("sets", "exercise.sets.required"));
			return List.of();
		}
		if (inputs.size() > MAX_SETS) {
			problems.add(new FieldProblem("sets", "exercise.sets.tooMany", MAX_SETS));
			return List.of();
		}
		List<ValidSession.Set> sets = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			String field = "sets[" + i + "].";
			SessionInput.SetInput input = inputs.get(i);
			if (input == null) {
				problems.add(new FieldProblem("sets[" + i + "]", "exercise.set.required"));
				continue;
			}
			String exerciseKey = null;
			String customName = null;
			String exercise = trimToNull(input.exercise());
			if (exercise == null) {
				problems.add(new FieldProblem(field + "exercise", "exercise.set.exercise.required"));
			}
			else {
				CatalogueEntry entry = catalogue.find(exercise).orElse(null);
				if (entry != null && entry.isImpact()) {
					problems.add(new FieldProblem(field + "exercise", "exercise.set.exercise.impact", entry.name()));
				}
				else if (entry != null) {
					exerciseKey = entry.key();
				}
				else if (exercise.length() > MAX_CUSTOM_NAME) {
					problems.add(new FieldProblem(field + "exercise", "exercise.set.exercise.tooLong", MAX_CUSTOM_NAME));
				}
				else {
					customName = exercise;
				}
			}
			if (input.reps() == null) {
				problems.add(new FieldProblem(field + "reps", "exercise.set.reps.required"));
			}
			else if (input.reps() < MIN_REPS || input.reps() > MAX_REPS) {
				problems.add(new FieldProblem(field + "reps", "exercise.set.reps.range", MIN_REPS, MAX_REPS));
			}
			// An empty load is a bodyweight set.
			BigDecimal loadKg = input.load() == null ? BigDecimal.ZERO
					: unit.toKg(input.load()).setScale(3, RoundingMode.HALF_UP);
			if (loadKg.signum() < 0 || loadKg.compareTo(MAX_LOAD_KG) > 0) {
				problems.add(new FieldProblem(field + "loadKg", "exercise.set.load.range", 0,
						unit.fromKg(MAX_LOAD_KG, 0), unit.symbol()));
			}
			if (input.rir() != null && (input.rir() < 0 || input.rir() > MAX_RIR)) {
				problems.add(new FieldProblem(field + "rir", "exercise.set.rir.range", MAX_RIR));
			}
			if (input.reps() != null && (exerciseKey != null || customName != null)) {
				sets.add(new ValidSession.Set(exerciseKey, customName, input.reps(), loadKg,
						Boolean.TRUE.equals(input.warmup()), input.rir()));
			}
		}
		return sets;
	}

	private static List<ValidSession.Impact> impacts(List<SessionInput.ImpactInput> inputs,
			Catalogue.Entries catalogue, List<FieldProblem> problems) {
		if (inputs.isEmpty()) {
			problems.add(new FieldProblem("impacts", "exercise.impacts.required"));
			return List.of();
		}
		if (inputs.size() > MAX_IMPACT_ROWS) {
			problems.add(new FieldProblem("impacts", "exercise.impacts.tooMany", MAX_IMPACT_ROWS));
			return List.of();
		}
		List<ValidSession.Impact> impacts = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			String field = "impacts[" + i + "].";
			SessionInput.ImpactInput input = inputs.get(i);
			if (input == null) {
				problems.add(new FieldProblem("impacts[" + i + "]", "exercise.impact.required"));
				continue;
			}
			String activity = trimToNull(input.activity());
			CatalogueEntry entry = activity == null ? null : catalogue.find(activity).orElse(null);
			if (activity == null) {
				problems.add(new FieldProblem(field + "activity", "exercise.impact.activity.required"));
			}
			else if (entry == null || !entry.isImpact()) {
				problems.add(new FieldProblem(field + "activity", "exercise.impact.activity.unknown"));
			}
			if (input.count() == null) {
				problems.add(new FieldProblem(field + "count", "exercise.impact.count.required"));
			}
			else if (input.count() < 1 || input.count() > MAX_IMPACTS) {
				problems.add(new FieldProblem(field + "count", "exercise.impact.count.range", MAX_IMPACTS));
			}
			else if (entry != null && entry.isImpact()) {
				impacts.add(new ValidSession.Impact(entry.key(), input.count()));
			}
		}
		return impacts;
	}

	private static @Nullable BigDecimal vestLoad(@Nullable BigDecimal load, MassUnit unit,
			List<FieldProblem> problems) {
		if (load == null) {
			problems.add(new FieldProblem("vestLoadKg", "exercise.vestLoad.required"));
			return null;
		}
		BigDecimal kg = unit.toKg(load).setScale(3, RoundingMode.HALF_UP);
		if (kg.compareTo(MIN_VEST_KG) < 0 || kg.compareTo(MAX_VEST_KG) > 0) {
			problems.add(new FieldProblem("vestLoadKg", "exercise.vestLoad.range", atLeast(MIN_VEST_KG, unit),
					unit.fromKg(MAX_VEST_KG, 0), unit.symbol()));
			return null;
		}
		return kg;
	}

	/** The smallest value in the unit, at one decimal, that is still at least {@code kg}. */
	private static BigDecimal atLeast(BigDecimal kg, MassUnit unit) {
		return unit == MassUnit.KG ? kg
				: kg.divide(MassUnit.KG_PER_LB, 1, RoundingMode.CEILING);
	}

	static @Nullable String trimToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
