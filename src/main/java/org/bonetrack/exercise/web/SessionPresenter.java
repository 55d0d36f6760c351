package org.bonetrack.exercise.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bonetrack.exercise.ExerciseSessionView;
import org.bonetrack.exercise.ExerciseSetView;
import org.bonetrack.exercise.ExerciseType;
import org.bonetrack.exercise.ImpactView;
import org.bonetrack.exercise.internal.Catalogue;
import org.bonetrack.exercise.internal.StoredSession;
import org.bonetrack.exercise.internal.WeekTotals;
import org.bonetrack.shared.IsoWeek;
import org.bonetrack.shared.MassUnit;
import org.jspecify.annotations.Nullable;

/**
 * Turns sessions into what the pages print: names instead of keys, loads in the reader's unit,
 * the vest load as a share of body weight, and one-line summaries for lists.
 */
final class SessionPresenter {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private final Catalogue.Entries catalogue;

	private final MassUnit unit;

	private final @Nullable BigDecimal bodyWeightKg;

	SessionPresenter(Catalogue.Entries catalogue, MassUnit unit, @Nullable BigDecimal bodyWeightKg) {
		this.catalogue = catalogue;
		this.unit = unit;
		this.bodyWeightKg = bodyWeightKg;
	}

	/** A number without trailing zeros, never in scientific notation. */
	static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	String mass(BigDecimal kg) {
		return plain(inUnit(kg, unit)).toPlainString() + " " + unit.symbol();
	}

	/** Kilograms to two decimals (plates come in 1.25 kg), pounds to one. */
	static BigDecimal inUnit(BigDecimal kg, MassUnit unit) {
		return unit.fromKg(kg, unit == MassUnit.KG ? 2 : 1);
	}

	String exerciseName(ExerciseSetView set) {
		return set.isCustom() ? set.customName() : catalogue.nameOf(set.exerciseKey());
	}

	/** The vest load as a whole percentage of the latest body weight, when a weight is known. */
	@Nullable Integer vestPercent(@Nullable BigDecimal vestKg) {
		if (vestKg == null || bodyWeightKg == null || bodyWeightKg.signum() <= 0) {
			return null;
		}
		return vestKg.multiply(BigDecimal.valueOf(100)).divide(bodyWeightKg, 0, RoundingMode.HALF_UP).intValue();
	}

	Row row(StoredSession stored) {
		ExerciseSessionView session = stored.session();
		return new Row(session.id(), session.date(), session.date().format(DAY),
				time(session.startTime()), session.type(),
				session.type().label(), summary(session), session.durationMinutes(), session.rpe(),
				stored.source().label());
	}

	Detail detail(StoredSession stored) {
		ExerciseSessionView session = stored.session();
		Map<String, List<SetLine>> byExercise = new LinkedHashMap<>();
		Map<String, Integer> numbers = new LinkedHashMap<>();
		for (ExerciseSetView set : session.sets()) {
			String name = exerciseName(set);
			int number = set.warmup() ? 0 : numbers.merge(name, 1, Integer::sum);
			byExercise.computeIfAbsent(name, n -> new ArrayList<>())
				.add(new SetLine(set.warmup() ? "Warm-up" : "Set " + number, set.reps(),
						set.loadKg().signum() == 0 ? "bodyweight" : mass(set.loadKg()), set.rir()));
		}
		List<ExerciseBlock> blocks = byExercise.entrySet()
			.stream()
			.map(entry -> new ExerciseBlock(entry.getKey(), entry.getValue()))
			.toList();
		List<ImpactLine> impacts = session.impacts()
			.stream()
			.map(impact -> new ImpactLine(catalogue.nameOf(impact.activityKey()), impact.count(),
					impact.peakForceBodyWeights(), catalogue.byKey(impact.activityKey())
						.map(entry -> entry.forceSource())
						.orElse(null)))
			.toList();
		return new Detail(row(stored), blocks, impacts,
				session.vestLoadKg() == null ? null : mass(session.vestLoadKg()), vestPercent(session.vestLoadKg()),
				session.distanceKm() == null ? null : plain(session.distanceKm()), session.steps(), session.notes(),
				stored.version(), stored.source().label());
	}

	String summary(ExerciseSessionView session) {
		List<String> parts = new ArrayList<>();
		switch (session.type()) {
			case RESISTANCE -> {
				List<String> names = session.sets().stream().map(this::exerciseName).distinct().toList();
				parts.add(names.size() <= 4 ? String.join(", ", names)
						: String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more");
				int working = session.workingSets().size();
				parts.add(working + (working == 1 ? " working set" : " working sets"));
				session.workingSets()
					.stream()
					.map(ExerciseSetView::loadKg)
					.max(BigDecimal::compareTo)
					.filter(max -> max.signum() > 0)
					.ifPresent(max -> parts.add("heaviest " + mass(max)));
			}
			case IMPACT -> {
				for (ImpactView impact : session.impacts()) {
					parts.add(catalogue.nameOf(impact.activityKey()) + " " + count(impact.count()));
				}
				if (session.impacts().size() > 1) {
					parts.add(count(session.totalImpacts()) + " impacts");
				}
			}
			case WEIGHTED_VEST_WALK -> {
				Integer percent = vestPercent(session.vestLoadKg());
				parts.add("vest " + mass(session.vestLoadKg()) + (percent == null ? "" : " (" + percent + " % of body weight)"));
			}
			default -> {
			}
		}
		if (session.type() != ExerciseType.RESISTANCE && session.durationMinutes() != null) {
			parts.add(session.durationMinutes() + " min");
		}
		if (session.distanceKm() != null) {
			parts.add(plain(session.distanceKm().setScale(2, RoundingMode.HALF_UP)) + " km");
		}
		if (session.steps() != null) {
			parts.add(count(session.steps()) + " steps");
		}
		return String.join(" · ", parts);
	}

	static @Nullable String time(java.time.@Nullable LocalTime time) {
		return time == null ? null : time.format(TIME);
	}

	static String count(int value) {
		return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
	}

	static String weekHeading(IsoWeek week) {
		return "Week " + week.week() + " of " + week.year() + " · " + week.monday().format(SHORT_DAY) + " – "
				+ week.sunday().format(SHORT_DAY);
	}

	static String weekTotals(@Nullable WeekTotals totals) {
		if (totals == null) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		parts.add(totals.sessions() + (totals.sessions() == 1 ? " session" : " sessions"));
		if (totals.resistanceDays() > 0) {
			parts.add(totals.resistanceDays() + (totals.resistanceDays() == 1 ? " resistance day" : " resistance days")
					+ " (" + totals.workingSets() + " working sets)");
		}
		if (totals.impacts() > 0) {
			parts.add(count(totals.impacts()) + " impacts");
		}
		if (totals.minutes() > 0) {
			parts.add(totals.minutes() + " min");
		}
		return String.join(" · ", parts);
	}

	/** One line of a sessions list. */
	record Row(long id, java.time.LocalDate date, String day, @Nullable String startTime, ExerciseType type,
			String typeLabel, String summary, @Nullable Integer durationMinutes, @Nullable Integer rpe, String source) {
	}

	/** The sessions of one ISO week on a page of the list, with the week's totals. */
	record WeekGroup(IsoWeek week, String heading, String totals, List<Row> rows) {
	}

	record SetLine(String label, int reps, String load, @Nullable Integer rir) {
	}

	record ExerciseBlock(String name, List<SetLine> sets) {
	}

	record ImpactLine(String activity, int count, BigDecimal peakForce, @Nullable String source) {
	}

	record Detail(Row row, List<ExerciseBlock> exercises, List<ImpactLine> impacts, @Nullable String vestLoad,
			@Nullable Integer vestPercent, @Nullable BigDecimal distanceKm, @Nullable Integer steps,
			@Nullable String notes, long version, String source) {
	}

}
