package org.bonetrack.exercise.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bonetrack.exercise.ExerciseSessionView;
import org.bonetrack.exercise.ExerciseSetView;
import org.bonetrack.exercise.ExerciseType;
import org.bonetrack.exercise.ImpactView;
import org.bonetrack.exercise.internal.SessionInput;
import org.bonetrack.exercise.internal.SessionRules;
import org.bonetrack.exercise.internal.StoredSession;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.InvalidInputException.FieldProblem;
import org.bonetrack.shared.MassUnit;
import org.jspecify.annotations.Nullable;

/**
 * The session form: every section is present (the page shows the one for the chosen type when
 * JavaScript runs), loads are in the patient's unit, and rows left blank are ignored. Rows keep
 * their position, so a problem is shown on the row where it was typed.
 */
record SessionForm(@Nullable LocalDate date, @Nullable LocalTime startTime, @Nullable String type,
		@Nullable Integer durationMinutes, @Nullable Integer rpe, @Nullable String notes, @Nullable List<SetRow> sets,
		@Nullable List<ImpactRow> impacts, @Nullable BigDecimal vestLoad, @Nullable BigDecimal distanceKm,
		@Nullable Integer steps, @Nullable Long version) {

	static final int SET_ROWS = 6;

	static final int IMPACT_ROWS = 3;

	static final int MORE_SET_ROWS = 4;

	static final int MORE_IMPACT_ROWS = 2;

	private static final Pattern INDEXED = Pattern.compile("^(sets|impacts)\\[(\\d+)\\](.*)$");

	/** One row of the sets table; {@code otherName} is typed when the exercise is not in the list. */
	record SetRow(@Nullable String exercise, @Nullable String otherName, @Nullable Integer reps,
			@Nullable BigDecimal load, @Nullable String kind, @Nullable Integer rir) {

		static SetRow blank() {
			return new SetRow(null, null, null, null, "working", null);
		}

		boolean isBlank() {
			return isEmpty(exercise) && isEmpty(otherName) && reps == null && load == null && rir == null;
		}

	}

	record ImpactRow(@Nullable String activity, @Nullable Integer count) {

		static ImpactRow blank() {
			return new ImpactRow(null, null);
		}

		boolean isBlank() {
			return isEmpty(activity) && count == null;
		}

	}

	static SessionForm blank(LocalDate today, @Nullable ExerciseType type) {
		return new SessionForm(today, null, type == null ? null : type.name(), null, null, null, List.of(), List.of(),
				null, null, null, null).withRows(0, 0);
	}

	/** The stored session in the patient's unit, with a few blank rows to add more. */
	static SessionForm of(StoredSession stored, MassUnit unit) {
		ExerciseSessionView session = stored.session();
		List<SetRow> sets = new ArrayList<>();
		for (ExerciseSetView set : session.sets()) {
			sets.add(new SetRow(set.exercise(), null, set.reps(),
					set.loadKg().signum() == 0 ? null : SessionPresenter.plain(SessionPresenter.inUnit(set.loadKg(), unit)),
					set.warmup() ? "warmup" : "working", set.rir()));
		}
		List<ImpactRow> impacts = new ArrayList<>();
		for (ImpactView impact : session.impacts()) {
			impacts.add(new ImpactRow(impact.activityKey(), impact.count()));
		}
		BigDecimal vest = session.vestLoadKg() == null ? null
				: SessionPresenter.plain(SessionPresenter.inUnit(session.vestLoadKg(), unit));
		return new SessionForm(session.date(), session.startTime(), session.type().name(), session.durationMinutes(),
				session.rpe(), session.notes(), sets, impacts, vest,
				session.distanceKm() == null ? null : session.distanceKm().stripTrailingZeros(), session.steps(),
				stored.version()).withRows(0, 0);
	}

	/**
	 * The form with at least the usual number of rows plus the extra ones asked for, trailing
	 * blank rows included; what was typed stays where it was.
	 */
	SessionForm withRows(int extraSets, int extraImpacts) {
		List<SetRow> setRows = new ArrayList<>(sets == null ? List.of() : sets);
		setRows.replaceAll(row -> row == null ? SetRow.blank() : row);
		int filledSets = lastFilled(setRows.stream().map(SetRow::isBlank).toList());
		int wantedSets = Math.max(Math.max(SET_ROWS, filledSets + 3), setRows.size()) + extraSets;
		while (setRows.size() < wantedSets) {
			setRows.add(SetRow.blank());
		}
		List<ImpactRow> impactRows = new ArrayList<>(impacts == null ? List.of() : impacts);
		impactRows.replaceAll(row -> row == null ? ImpactRow.blank() : row);
		int filledImpacts = lastFilled(impactRows.stream().map(ImpactRow::isBlank).toList());
		int wantedImpacts = Math.max(Math.max(IMPACT_ROWS, filledImpacts + 1), impactRows.size()) + extraImpacts;
		while (impactRows.size() < wantedImpacts) {
			impactRows.add(ImpactRow.blank());
		}
		return new SessionForm(date, startTime, type, durationMinutes, rpe, notes, setRows, impactRows, vestLoad,
				distanceKm, steps, version);
	}

	private static int lastFilled(List<Boolean> blanks) {
		for (int i = blanks.size() - 1; i >= 0; i--) {
			if (!blanks.get(i)) {
				return i + 1;
			}
		}
		return 0;
	}

	/** The rows that were filled in, by their position in the form. */
	Rows filledRows() {
		List<Integer> setIndexes = new ArrayList<>();
		List<Integer> impactIndexes = new ArrayList<>();
		if (sets != null) {
			for (int i = 0; i < sets.size(); i++) {
				if (sets.get(i) != null && !sets.get(i).isBlank()) {
					setIndexes.add(i);
				}
			}
		}
		if (impacts != null) {
			for (int i = 0; i < impacts.size(); i++) {
				if (impacts.get(i) != null && !impacts.get(i).isBlank()) {
					impactIndexes.add(i);
				}
			}
		}
		return new Rows(setIndexes, impactIndexes);
	}

	/**
	 * What the rules check: only the sections of the chosen type (the others may hold leftovers
	 * from switching types) and only the rows that were filled in.
	 */
	SessionInput toInput(Rows rows) {
		ExerciseType chosen = SessionRules.parseType(type, new ArrayList<>());
		List<SessionInput.SetInput> setInputs = new ArrayList<>();
		if (chosen == ExerciseType.RESISTANCE) {
			for (int index : rows.sets()) {
				SetRow row = sets.get(index);
				String exercise = isEmpty(row.otherName()) ? row.exercise() : row.otherName();
				setInputs.add(new SessionInput.SetInput(exercise, row.reps(), row.load(), "warmup".equals(row.kind()),
						row.rir()));
			}
		}
		List<SessionInput.ImpactInput> impactInputs = new ArrayList<>();
		if (chosen == ExerciseType.IMPACT) {
			for (int index : rows.impacts()) {
				ImpactRow row = impacts.get(index);
				impactInputs.add(new SessionInput.ImpactInput(row.activity(), row.count()));
			}
		}
		boolean vest = chosen == ExerciseType.WEIGHTED_VEST_WALK;
		return new SessionInput(date, startTime, type, durationMinutes, rpe, notes, setInputs, impactInputs,
				vest ? vestLoad : null, chosen != null && chosen.carriesDistance() ? distanceKm : null,
				chosen != null && chosen.carriesSteps() ? steps : null);
	}

	/** The rules' problems under this form's field names and row positions. */
	InvalidInputException onFormFields(InvalidInputException ex, Rows rows) {
		List<FieldProblem> problems = new ArrayList<>();
		for (FieldProblem problem : ex.problems()) {
			problems.add(new FieldProblem(formField(problem.field(), rows), problem.code(), problem.args()));
		}
		return new InvalidInputException(problems);
	}

	private static String formField(String field, Rows rows) {
		if (field.equals("vestLoadKg")) {
			return "vestLoad";
		}
		Matcher matcher = INDEXED.matcher(field);
		if (!matcher.matches()) {
			return field;
		}
		List<Integer> indexes = matcher.group(1).equals("sets") ? rows.sets() : rows.impacts();
		int index = Integer.parseInt(matcher.group(2));
		int formIndex = index < indexes.size() ? indexes.get(index) : index;
		String rest = matcher.group(3).equals(".loadKg") ? ".load" : matcher.group(3);
		return matcher.group(1) + "[" + formIndex + "]" + rest;
	}

	private static boolean isEmpty(@Nullable String text) {
		return text == null || text.isBlank();
	}

	/** Positions of the filled-in rows. */
	record Rows(List<Integer> sets, List<Integer> impacts) {
	}

}
