package org.bonetrack.exercise.internal.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.shared.csv.CsvFile;
import org.jspecify.annotations.Nullable;

/**
 * Reads Strong's workout export in every header generation seen (import-formats.md §2.1): the
 * comma exports of 2016 to 2026 with or without unit, duration and notes columns, the 2019
 * semicolon export with unit columns, the quoted semicolon "Strong 6" export, and the German and
 * French ones. Columns are found by their header text.
 */
final class StrongCsv {

	static final BigDecimal KM_PER_MILE = new BigDecimal("1.609344");

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
			DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"), DateTimeFormatter.ISO_LOCAL_DATE_TIME,
			DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss"), DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"));

	private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

	static {
		COLUMNS.put("Date", List.of("Date", "Datum"));
		COLUMNS.put("Workout Name", List.of("Workout Name", "Workout-Name", "Nom de l'entraînement"));
		COLUMNS.put("Duration", List.of("Duration", "Dauer", "Durée", "Workout Duration"));
		COLUMNS.put("Duration (sec)", List.of("Duration (sec)"));
		COLUMNS.put("Exercise Name", List.of("Exercise Name", "Name der Übung", "Nom de l'exercice"));
		COLUMNS.put("Set Order", List.of("Set Order", "Reihenfolge festlegen", "Ordre de la série"));
		COLUMNS.put("Weight", List.of("Weight", "Gewicht", "Poids"));
		COLUMNS.put("Weight (kg)", List.of("Weight (kg)", "kg"));
		COLUMNS.put("Weight (lbs)", List.of("Weight (lbs)", "Weight (lb)", "lbs", "lb"));
		COLUMNS.put("Weight Unit", List.of("Weight Unit"));
		COLUMNS.put("Reps", List.of("Reps", "Wiederh.", "Wiederholungen", "Réps", "Répétitions"));
		COLUMNS.put("Distance", List.of("Distance", "Entfernung"));
		COLUMNS.put("Distance (meters)", List.of("Distance (meters)", "Distance (m)"));
		COLUMNS.put("Distance (km)", List.of("km", "Distance (km)"));
		COLUMNS.put("Distance (miles)", List.of("mi", "miles", "Distance (miles)"));
		COLUMNS.put("Distance Unit", List.of("Distance Unit"));
		COLUMNS.put("Seconds", List.of("Seconds", "Sekunden", "Secondes"));
		COLUMNS.put("Notes", List.of("Notes", "Notizen"));
		COLUMNS.put("Workout Notes", List.of("Workout Notes", "Workout-Notizen", "Notes d'entraînement"));
		COLUMNS.put("RPE", List.of("RPE"));
	}

	private final CsvFile csv;

	private final Map<String, String> found = new LinkedHashMap<>();

	private StrongCsv(CsvFile csv) {
		this.csv = csv;
		COLUMNS.forEach((column, aliases) -> aliases.stream()
			.map(csv::findHeader)
			.flatMap(Optional::stream)
			.findFirst()
			.ifPresent(header -> found.put(column, header)));
	}

	/**
	 * Reads the rows; {@code unit} is the patient's answer for files whose weights carry no unit
	 * (and, then, whether distances are km or miles).
	 */
	static ParsedExport read(CsvFile csv, MassUnit unit) {
		if (csv.hasColumn("exercise_title") && csv.hasColumn("start_time")) {
			throw InvalidInputException.of("file", "import.format.looksLikeHevy");
		}
		StrongCsv strong = new StrongCsv(csv);
		List<String> missing = new ArrayList<>();
		for (String required : List.of("Date", "Exercise Name", "Set Order", "Reps")) {
			if (!strong.has(required)) {
				missing.add(required);
			}
		}
		if (!strong.has("Weight") && !strong.has("Weight (kg)") && !strong.has("Weight (lbs)")) {
			missing.add("Weight");
		}
		if (!missing.isEmpty()) {
			throw InvalidInputException.of("file", "import.format.wrongColumns", "Strong", String.join(", ", missing));
		}
		if (csv.rows().isEmpty()) {
			throw InvalidInputException.of("file", "import.format.noRows");
		}
		return strong.rows(unit);
	}

	private ParsedExport rows(MassUnit askedUnit) {
		boolean unitAsked = !has("Weight (kg)") && !has("Weight (lbs)") && !has("Weight Unit");
		String distanceUnit = has("Distance (meters)") ? "m" : has("Distance (km)") ? "km"
				: has("Distance (miles)") ? "mi" : has("Distance Unit") ? "column" : askedUnit == MassUnit.LB ? "mi" : "km";
		List<WorkoutRow> rows = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		int restRows = 0;
		Map<LocalDateTime, Integer> setIndexes = new LinkedHashMap<>();
		for (CsvFile.Row row : csv.rows()) {
			String setOrder = cell(row, "Set Order");
			if (setOrder != null && isRest(setOrder)) {
				restRows++;
				continue;
			}
			try {
				LocalDateTime start = date(cell(row, "Date"));
				if (start == null) {
					problems.add(new RowProblem(row.line(), "import.row.date", String.valueOf(cell(row, "Date"))));
					continue;
				}
				String exercise = cell(row, "Exercise Name");
				if (exercise == null) {
					problems.add(new RowProblem(row.line(), "import.row.exerciseMissing"));
					continue;
				}
				SetKind kind = kind(setOrder);
				if (kind == null) {
					problems.add(new RowProblem(row.line(), "import.row.setOrder", String.valueOf(setOrder)));
					continue;
				}
				Integer durationSeconds = has("Duration (sec)") ? number(row, "Duration (sec)") == null ? null
						: number(row, "Duration (sec)").setScale(0, RoundingMode.HALF_UP).intValue()
						: Durations.seconds(cell(row, "Duration"));
				Integer minutes = Durations.minutes(durationSeconds);
				boolean implausible = minutes != null && minutes > 600;
				BigDecimal weightKg = weightKg(row, askedUnit);
				BigDecimal distanceKm = distanceKm(row, distanceUnit);
				BigDecimal seconds = number(row, "Seconds");
				int index = setIndexes.merge(start, 1, Integer::sum) - 1;
				rows.add(new WorkoutRow(row.line(), start, cell(row, "Workout Name"), cell(row, "Workout Notes"),
						implausible ? null : minutes, implausible, exercise, cell(row, "Notes"), index, kind,
						whole(row, "Reps"), weightKg, distanceKm,
						seconds == null ? null : seconds.setScale(0, RoundingMode.HALF_UP).intValue(), number(row, "RPE")));
			}
			catch (BadCell ex) {
				problems.add(ex.problem(row.line()));
			}
		}
		return new ParsedExport(format(), unitAsked, distanceUnit, rows, problems, restRows);
	}

	private String format() {
		if (csv.findHeader("Datum").isPresent()) {
			return "Strong (German headers)";
		}
		if (csv.findHeader("Nom de l'exercice").isPresent()) {
			return "Strong (French headers)";
		}
		if (csv.hasColumn("Workout #") || has("Duration (sec)")) {
			return "Strong 6 (semicolon, every field quoted)";
		}
		if (has("Weight Unit")) {
			return "Strong 2019 (with unit columns)";
		}
		if (csv.hasColumn("kg") || csv.hasColumn("lbs")) {
			return "Strong 2016 (unit in the header)";
		}
		if (!has("Duration")) {
			return has("RPE") ? "Strong 2019 (no duration)" : "Strong 2017 (no duration)";
		}
		return has("Notes") ? "Strong 2021–2024" : "Strong 2025 and later (no notes)";
	}

	private static boolean isRest(String setOrder) {
		String value = setOrder.toLowerCase(Locale.ROOT);
		return value.contains("rest") || value.contains("ruhe") || value.contains("repos") || value.contains("timer");
	}

	private static @Nullable SetKind kind(@Nullable String setOrder) {
		if (setOrder == null) {
			return SetKind.WORKING;
		}
		String value = setOrder.strip().toUpperCase(Locale.ROOT);
		if (value.matches("\\d+(\\.0+)?")) {
			return SetKind.WORKING;
		}
		return switch (value) {
			case "W" -> SetKind.WARMUP;
			case "D" -> SetKind.DROP;
			case "F" -> SetKind.FAILURE;
			default -> null;
		};
	}

	private @Nullable BigDecimal weightKg(CsvFile.Row row, MassUnit askedUnit) {
		if (has("Weight (kg)")) {
			return number(row, "Weight (kg)");
		}
		if (has("Weight (lbs)")) {
			BigDecimal lb = number(row, "Weight (lbs)");
			return lb == null ? null : MassUnit.LB.toKg(lb);
		}
		BigDecimal weight = number(row, "Weight");
		if (weight == null) {
			return null;
		}
		if (has("Weight Unit")) {
			String unit = cell(row, "Weight Unit");
			if (unit == null || unit.toLowerCase(Locale.ROOT).startsWith("kg")) {
				return weight;
			}
			if (unit.toLowerCase(Locale.ROOT).startsWith("lb")) {
				return MassUnit.LB.toKg(weight);
			}
			throw new BadCell("import.row.weightUnit", unit);
		}
		return askedUnit.toKg(weight);
	}

	private @Nullable BigDecimal distanceKm(CsvFile.Row row, String distanceUnit) {
		return switch (distanceUnit) {
			case "m" -> scaled(number(row, "Distance (meters)"), BigDecimal.ONE.movePointLeft(3));
			case "column" -> {
				BigDecimal distance = number(row, "Distance");
				String unit = cell(row, "Distance Unit");
				yield distance == null ? null : scaled(distance, kmPer(unit));
			}
			default -> {
				String column = has("Distance (km)") ? "Distance (km)" : has("Distance (miles)") ? "Distance (miles)"
						: "Distance";
				yield scaled(number(row, column), distanceUnit.equals("mi") ? KM_PER_MILE : BigDecimal.ONE);
			}
		};
	}

	private static BigDecimal kmPer(@Nullable String unit) {
		String value = unit == null ? "km" : unit.strip().toLowerCase(Locale.ROOT).replace(".", "");
		return switch (value) {
			case "km", "" -> BigDecimal.ONE;
			case "mi", "mile", "miles" -> KM_PER_MILE;
			case "m", "meters", "metres" -> BigDecimal.ONE.movePointLeft(3);
			case "ft", "feet" -> new BigDecimal("0.0003048");
			case "yd", "yards" -> new BigDecimal("0.0009144");
			default -> throw new BadCell("import.row.distanceUnit", unit);
		};
	}

	private static @Nullable BigDecimal scaled(@Nullable BigDecimal value, BigDecimal factor) {
		return value == null ? null : value.multiply(factor);
	}

	private @Nullable LocalDateTime date(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String value = text.strip();
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDateTime.parse(value, format);
			}
			catch (DateTimeParseException ex) {
				// try the next pattern
			}
		}
		if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
			try {
				return java.time.LocalDate.parse(value).atStartOfDay();
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
		return null;
	}

	private boolean has(String column) {
		return found.containsKey(column);
	}

	private @Nullable String cell(CsvFile.Row row, String column) {
		String header = found.get(column);
		return header == null ? null : row.get(header);
	}

	private @Nullable BigDecimal number(CsvFile.Row row, String column) {
		String text = cell(row, column);
		try {
			return Numbers.decimal(text);
		}
		catch (NumberFormatException ex) {
			throw new BadCell("import.row.number", found.get(column), text);
		}
	}

	private @Nullable Integer whole(CsvFile.Row row, String column) {
		String text = cell(row, column);
		try {
			return Numbers.whole(text);
		}
		catch (NumberFormatException ex) {
			throw new BadCell("import.row.number", found.get(column), text);
		}
	}

	/** A cell that cannot be read; the row is reported and left out. */
	static final class BadCell extends RuntimeException {

		private final String code;

		private final Object[] args;

		BadCell(String code, Object... args) {
			super(code, null, false, false);
			this.code = code;
			this.args = args;
		}

		RowProblem problem(long line) {
			return new RowProblem(line, code, args);
		}

	}

}
