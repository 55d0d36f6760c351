package org.bonetrack.exercise.internal.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bonetrack.exercise.CatalogueEntry;
import org.bonetrack.exercise.ExerciseType;
import org.bonetrack.exercise.internal.Catalogue;
import org.bonetrack.exercise.internal.SessionInput;
import org.bonetrack.exercise.internal.SessionRules;
import org.bonetrack.exercise.internal.imports.ImportPlan.NameUse;
import org.bonetrack.exercise.internal.imports.ImportPlan.Origin;
import org.bonetrack.exercise.internal.imports.ImportPlan.PlannedSession;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.MassUnit;
import org.jspecify.annotations.Nullable;

/**
 * Turns an export's rows into sessions. A workout (one start time) becomes a RESISTANCE session
 * for its sets, an IMPACT session for jumps, hops and runs (running is jogging at 2.6 × body
 * weight, which counts towards impact days; foot strikes are estimated from its time or distance
 * when the app has no count), and one WALK, CYCLE, SWIM or OTHER session per kind of cardio. Each
 * session passes the same {@link SessionRules} as one typed in; a row that breaks a rule is left
 * out and reported with its line.
 */
final class ImportPlanner {

	/** Impacts per minute when only a time is known, for activities done continuously. */
	private static final Map<String, Integer> IMPACTS_PER_MINUTE = Map.of("jogging", 160, "skipping", 100,
			"brisk-walking", 110, "high-impact-aerobics", 60, "dancing", 60, "step-aerobics", 60, "tennis", 30);

	/** Foot strikes per kilometre when only a distance is known. */
	private static final Map<String, Integer> IMPACTS_PER_KM = Map.of("jogging", 1200, "brisk-walking", 1300);

	/** Jumps per minute for interval work (hops, jumps, stamps) logged as a time. */
	private static final int JUMPS_PER_MINUTE = 30;

	private final Catalogue.Entries catalogue;

	private final LocalDate today;

	private final List<RowProblem> problems = new ArrayList<>();

	private int timedRows;

	private int skippedRows;

	private int implausibleDurations;

	private int estimated;

	private int capped;

	private ImportPlanner(Catalogue.Entries catalogue, LocalDate today) {
		this.catalogue = catalogue;
		this.today = today;
	}

	/**
	 * @param choices the patient's targets for names, keyed by {@link ExerciseNames#normalize}
	 */
	static ImportPlan plan(ParsedExport export, Map<String, Target> choices, Catalogue.Entries catalogue,
			LocalDate today) {
		return new ImportPlanner(catalogue, today).run(export, choices);
	}

	private ImportPlan run(ParsedExport export, Map<String, Target> choices) {
		problems.addAll(export.problems());
		List<NameUse> names = names(export.rows(), choices);
		Map<String, Target> targets = new LinkedHashMap<>();
		names.forEach(name -> targets.put(name.normalized(), name.target()));

		Map<LocalDateTime, List<WorkoutRow>> workouts = new TreeMap<>();
		Set<LocalDateTime> implausible = new LinkedHashSet<>();
		for (WorkoutRow row : export.rows()) {
			LocalDate date = row.start().toLocalDate();
			if (date.isAfter(today)) {
				problems.add(new RowProblem(row.line(), "import.row.dateFuture", date));
			}
			else if (date.isBefore(SessionRules.EARLIEST_DATE)) {
				problems.add(new RowProblem(row.line(), "import.row.dateTooOld", date, SessionRules.EARLIEST_DATE));
			}
			else {
				workouts.computeIfAbsent(row.start(), start -> new ArrayList<>()).add(row);
				if (row.workoutMinutesImplausible()) {
					implausible.add(row.start());
				}
			}
		}
		implausibleDurations = implausible.size();
		List<PlannedSession> sessions = new ArrayList<>();
		workouts.forEach((start, rows) -> sessions.addAll(workout(start, rows, targets)));
		problems.sort(Comparator.comparingLong(RowProblem::line));
		return new ImportPlan(export.format(), export.unitAsked(), export.distanceUnit(), sessions, List.copyOf(problems),
				names, new ImportPlan.Counts(export.rows().size() + export.restRows() + export.problems().size(),
						export.restRows(), timedRows, skippedRows, implausibleDurations, estimated, capped));
	}

	private List<NameUse> names(List<WorkoutRow> rows, Map<String, Target> choices) {
		record Seen(String vendorName, int rows, boolean reps, boolean cardio) {
		}
		Map<String, Seen> seen = new LinkedHashMap<>();
		for (WorkoutRow row : rows) {
			String normalized = ExerciseNames.normalize(row.exerciseName());
			Seen before = seen.get(normalized);
			// A distance, or a time of 5 minutes or more, is cardio; a shorter time alone is a hold (a plank).
			boolean cardio = (row.distanceKm() != null && row.distanceKm().signum() > 0)
					|| (row.seconds() != null && row.seconds() >= 300);
			seen.put(normalized, before == null ? new Seen(row.exerciseName().strip(), 1, row.hasReps(), cardio)
					: new Seen(before.vendorName(), before.rows() + 1, before.reps() || row.hasReps(),
							before.cardio() || cardio));
		}
		List<NameUse> names = new ArrayList<>();
		seen.forEach((normalized, name) -> {
			Target chosen = valid(choices.get(normalized));
			Target known = ExerciseNames.known(name.vendorName()).orElse(null);
			if (chosen != null) {
				names.add(new NameUse(name.vendorName(), normalized, chosen, Origin.CHOSEN, name.rows()));
			}
			else if (known != null) {
				names.add(new NameUse(name.vendorName(), normalized, known, Origin.KNOWN, name.rows()));
			}
			else {
				Target guess = !name.reps() && name.cardio() ? Target.cardio(ExerciseType.OTHER) : Target.CUSTOM;
				names.add(new NameUse(name.vendorName(), normalized, guess, Origin.GUESSED, name.rows()));
			}
		});
		return names;
	}

	/** A choice that still names something in the catalogue, or null. */
	private @Nullable Target valid(@Nullable Target target) {
		if (target == null) {
			return null;
		}
		return switch (target.kind()) {
			case LIFT -> catalogue.byKey(target.key()).filter(entry -> !entry.isImpact()).map(entry -> target).orElse(null);
			case IMPACT -> catalogue.byKey(target.key()).filter(CatalogueEntry::isImpact).map(entry -> target).orElse(null);
			default -> target;
		};
	}

	private List<PlannedSession> workout(LocalDateTime start, List<WorkoutRow> rows, Map<String, Target> targets) {
		String key = start.toString();
		WorkoutRow first = rows.get(0);
		Map<String, Integer> firstSeen = new LinkedHashMap<>();
		rows.forEach(row -> firstSeen.putIfAbsent(ExerciseNames.normalize(row.exerciseName()), firstSeen.size()));
		List<WorkoutRow> ordered = new ArrayList<>(rows);
		ordered.sort(Comparator.comparing((WorkoutRow row) -> firstSeen.get(ExerciseNames.normalize(row.exerciseName())))
			.thenComparingInt(WorkoutRow::setIndex)
			.thenComparingLong(WorkoutRow::line));

		List<SessionInput.SetInput> sets = new ArrayList<>();
		List<Long> setLines = new ArrayList<>();
		Map<String, int[]> impacts = new LinkedHashMap<>();
		int impactSeconds = 0;
		BigDecimal impactKm = BigDecimal.ZERO;
		Map<ExerciseType, Cardio> cardio = new LinkedHashMap<>();
		Map<String, String> exerciseNotes = new LinkedHashMap<>();
		for (WorkoutRow row : ordered) {
			Target target = targets.get(ExerciseNames.normalize(row.exerciseName()));
			if (row.exerciseNotes() != null && target.kind() != Target.Kind.SKIP) {
				exerciseNotes.putIfAbsent(row.exerciseName().strip(), row.exerciseNotes());
			}
			switch (target.kind()) {
				case SKIP -> skippedRows++;
				case LIFT, CUSTOM -> {
					SessionInput.SetInput set = set(row, target);
					if (set != null) {
						sets.add(set);
						setLines.add(row.line());
					}
				}
				case IMPACT -> {
					Integer count = impactCount(row, target.key());
					if (count != null) {
						impacts.computeIfAbsent(target.key(), k -> new int[1])[0] += count;
						impactSeconds += row.seconds() == null ? 0 : row.seconds();
						if (row.distanceKm() != null && row.distanceKm().signum() > 0) {
							impactKm = impactKm.add(row.distanceKm());
						}
					}
				}
				case CARDIO -> {
					if (!row.hasDistanceOrTime() && !row.hasReps()) {
						problems.add(new RowProblem(row.line(), "import.row.nothing"));
					}
					else {
						cardio.computeIfAbsent(target.type(), type -> new Cardio(row.line())).add(row);
					}
				}
			}
		}

		boolean onlyOnePart = (sets.isEmpty() ? 0 : 1) + (impacts.isEmpty() ? 0 : 1) + cardio.size() == 1;
		String notes = notes(first.workoutName(),
				rows.stream().map(WorkoutRow::workoutNotes).filter(n -> n != null && !n.isBlank()).findFirst().orElse(null),
				exerciseNotes);
		List<PlannedSession> sessions = new ArrayList<>();
		if (!sets.isEmpty()) {
			add(sessions, key, first.line(), new SessionInput(start.toLocalDate(), start.toLocalTime(),
					ExerciseType.RESISTANCE.name(), first.workoutMinutes(), null, notes, sets, List.of(), null, null, null));
		}
		if (!impacts.isEmpty()) {
			List<SessionInput.ImpactInput> counts = new ArrayList<>();
			impacts.forEach((activity, count) -> {
				if (count[0] > SessionRules.MAX_IMPACTS) {
					capped++;
				}
				counts.add(new SessionInput.ImpactInput(activity, Math.min(count[0], SessionRules.MAX_IMPACTS)));
			});
			Integer minutes = impactSeconds > 0 ? Durations.minutes(impactSeconds) : onlyOnePart ? first.workoutMinutes() : null;
			add(sessions, key + "#impact", first.line(), new SessionInput(start.toLocalDate(), start.toLocalTime(),
					ExerciseType.IMPACT.name(), minutes, null, notes, List.of(), counts, null, distance(impactKm), null));
		}
		cardio.forEach((type, part) -> {
			Integer minutes = part.seconds > 0 ? Durations.minutes(part.seconds) : onlyOnePart ? first.workoutMinutes() : null;
			if (minutes == null) {
				problems.add(new RowProblem(part.firstLine, "import.row.noDuration"));
				return;
			}
			String cardioNotes = String.join(", ", part.names) + (notes == null ? "" : "\n" + notes);
			if (cardioNotes.length() > SessionRules.MAX_NOTES) {
				cardioNotes = cardioNotes.substring(0, SessionRules.MAX_NOTES - 1) + "…";
			}
			add(sessions, key + "#" + type.name().toLowerCase(java.util.Locale.ROOT), part.firstLine,
					new SessionInput(start.toLocalDate(), start.toLocalTime(), type.name(), minutes, null, cardioNotes,
							List.of(), List.of(), null, distance(part.km), null));
		});
		return sessions;
	}

	private SessionInput.@Nullable SetInput set(WorkoutRow row, Target target) {
		if (!row.hasReps()) {
			if (row.hasDistanceOrTime()) {
				timedRows++;
			}
			else {
				problems.add(new RowProblem(row.line(), "import.row.nothing"));
			}
			return null;
		}
		boolean ok = true;
		if (row.reps() < SessionRules.MIN_REPS || row.reps() > SessionRules.MAX_REPS) {
			problems.add(new RowProblem(row.line(), "import.row.reps", row.reps()));
			ok = false;
		}
		BigDecimal kg = row.weightKg() == null ? BigDecimal.ZERO : row.weightKg().setScale(3, RoundingMode.HALF_UP);
		if (kg.signum() < 0 || kg.compareTo(SessionRules.MAX_LOAD_KG) > 0) {
			problems.add(new RowProblem(row.line(), "import.row.load", kg.setScale(1, RoundingMode.HALF_UP)));
			ok = false;
		}
		if (!ok) {
			return null;
		}
		String exercise = target.kind() == Target.Kind.LIFT ? target.key() : customName(row.exerciseName());
		return new SessionInput.SetInput(exercise, row.reps(), kg, row.kind() == SetKind.WARMUP, rir(row));
	}

	/** Reps in reserve from the set's RPE (RPE 10 is none left), or none left for a set to failure. */
	private static @Nullable Integer rir(WorkoutRow row) {
		if (row.rpe() != null && row.rpe().compareTo(BigDecimal.ONE) >= 0
				&& row.rpe().compareTo(BigDecimal.TEN) <= 0) {
			return BigDecimal.TEN.subtract(row.rpe()).setScale(0, RoundingMode.HALF_UP).intValue();
		}
		return row.kind() == SetKind.FAILURE ? 0 : null;
	}

	private @Nullable Integer impactCount(WorkoutRow row, String activity) {
		if (row.reps() != null && row.reps() < 0) {
			problems.add(new RowProblem(row.line(), "import.row.reps", row.reps()));
			return null;
		}
		if (row.hasReps()) {
			return row.reps();
		}
		int count = 0;
		if (row.seconds() != null && row.seconds() > 0) {
			count = (int) Math.round(row.seconds() / 60.0 * IMPACTS_PER_MINUTE.getOrDefault(activity, JUMPS_PER_MINUTE));
		}
		else if (row.distanceKm() != null && row.distanceKm().signum() > 0 && IMPACTS_PER_KM.containsKey(activity)) {
			count = row.distanceKm().multiply(BigDecimal.valueOf(IMPACTS_PER_KM.get(activity))).intValue();
		}
		if (count <= 0) {
			problems.add(new RowProblem(row.line(), "import.row.nothing"));
			return null;
		}
		estimated++;
		return count;
	}

	private void add(List<PlannedSession> sessions, String key, long line, SessionInput input) {
		try {
			sessions.add(new PlannedSession(key, SessionRules.validate(input, MassUnit.KG, today, catalogue), line));
		}
		catch (InvalidInputException ex) {
			ex.problems().forEach(problem -> problems.add(new RowProblem(line, problem.code(), problem.args())));
		}
	}

	private @Nullable BigDecimal distance(BigDecimal km) {
		if (km.signum() <= 0) {
			return null;
		}
		return km.compareTo(SessionRules.MAX_DISTANCE_KM) > 0 ? null : km.setScale(3, RoundingMode.HALF_UP);
	}

	private static String customName(String vendorName) {
		String name = vendorName.strip();
		return name.length() <= SessionRules.MAX_CUSTOM_NAME ? name : name.substring(0, SessionRules.MAX_CUSTOM_NAME);
	}

	/** The workout's name and notes, and notes written on its exercises. */
	private static @Nullable String notes(@Nullable String workoutName, @Nullable String workoutNotes,
			Map<String, String> exerciseNotes) {
		List<String> parts = new ArrayList<>();
		String heading = workoutName == null ? null : workoutName.strip();
		if (workoutNotes != null) {
			parts.add(heading == null ? workoutNotes.strip() : heading + ": " + workoutNotes.strip());
		}
		else if (heading != null) {
			parts.add(heading);
		}
		exerciseNotes.forEach((exercise, note) -> parts.add(exercise + ": " + note.strip()));
		String notes = String.join("\n", parts);
		if (notes.isBlank()) {
			return null;
		}
		return notes.length() <= SessionRules.MAX_NOTES ? notes : notes.substring(0, SessionRules.MAX_NOTES - 1) + "…";
	}

	/** The cardio of one kind in a workout, added up. */
	private static final class Cardio {

		final long firstLine;

		int seconds;

		BigDecimal km = BigDecimal.ZERO;

		final Set<String> names = new LinkedHashSet<>();

		Cardio(long firstLine) {
			this.firstLine = firstLine;
		}

		void add(WorkoutRow row) {
			seconds += row.seconds() == null ? 0 : row.seconds();
			if (row.distanceKm() != null && row.distanceKm().signum() > 0) {
				km = km.add(row.distanceKm());
			}
			names.add(row.exerciseName().strip());
		}

	}

}
