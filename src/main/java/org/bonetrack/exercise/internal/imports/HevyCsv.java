package org.bonetrack.exercise.internal.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.shared.csv.CsvFile;
import org.jspecify.annotations.Nullable;

/**
 * Reads Hevy's workout export (import-formats.md §2.2): one row per set, weight in kg or lbs and
 * distance in km, miles or metres as each column's name says, dates in the app's several
 * formats, a 0-based set index and set types warmup, normal, dropset and failure.
 */
final class HevyCsv {

	private static final List<DateTimeFormatter> DATES = List.of(pattern("d MMM yyyy, HH:mm"),
			pattern("d MMM yyyy HH:mm"), pattern("dd.MM.yyyy, HH:mm"), pattern("dd.MM.yyyy HH:mm"),
			pattern("MMM d, yyyy, h:mm a"), pattern("MMM d, yyyy h:mm a"), pattern("d MMM yyyy, h:mm a"),
			pattern("yyyy-MM-dd HH:mm:ss"), pattern("yyyy-MM-dd HH:mm"), DateTimeFormatter.ISO_LOCAL_DATE_TIME,
			pattern("MMMM d, yyyy, h:mm a"), pattern("d MMMM yyyy, HH:mm"));

	private final CsvFile csv;

	private HevyCsv(CsvFile csv) {
		this.csv = csv;
	}

	private static DateTimeFormatter pattern(String pattern) {
		return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
	}

	static ParsedExport read(CsvFile csv) {
		if (csv.hasColumn("Exercise Name") && csv.hasColumn("Set Order")) {
			throw InvalidInputException.of("file", "import.format.looksLikeStrong");
		}
		List<String> missing = new ArrayList<>();
		for (String required : List.of("title", "start_time", "exercise_title", "set_type", "reps")) {
			if (!csv.hasColumn(required)) {
				missing.add(required);
			}
		}
		if (!csv.hasColumn("weight_kg") && !csv.hasColumn("weight_lbs")) {
			missing.add("weight_kg");
		}
		if (!missing.isEmpty()) {
			throw InvalidInputException.of("file", "import.format.wrongColumns", "Hevy", String.join(", ", missing));
		}
		if (csv.rows().isEmpty()) {
			throw InvalidInputException.of("file", "import.format.noRows");
		}
		return new HevyCsv(csv).rows();
	}

	private ParsedExport rows() {
		String weightColumn = csv.hasColumn("weight_kg") ? "weight_kg" : "weight_lbs";
		MassUnit weightUnit = weightColumn.equals("weight_kg") ? MassUnit.KG : MassUnit.LB;
		String distanceColumn = csv.hasColumn("distance_km") ? "distance_km"
				: csv.hasColumn("distance_miles") ? "distance_miles" : csv.hasColumn("distance_meters") ? "distance_meters" : null;
		BigDecimal kmPerUnit = distanceColumn == null || distanceColumn.equals("distance_km") ? BigDecimal.ONE
				: distanceColumn.equals("distance_miles") ? StrongCsv.KM_PER_MILE : BigDecimal.ONE.movePointLeft(3);
		List<WorkoutRow> rows = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		for (CsvFile.Row row : csv.rows()) {
			try {
				String startText = cell(row, "start_time");
				LocalDateTime start = date(startText);
				if (start == null) {
					problems.add(new RowProblem(row.line(), "import.row.date", String.valueOf(startText)));
					continue;
				}
				String exercise = cell(row, "exercise_title");
				if (exercise == null) {
					problems.add(new RowProblem(row.line(), "import.row.exerciseMissing"));
					continue;
				}
				LocalDateTime end = date(cell(row, "end_time"));
				Integer minutes = end == null || end.isBefore(start) ? null
						: Durations.minutes((int) Math.min(Integer.MAX_VALUE, Duration.between(start, end).getSeconds()));
				boolean implausible = minutes != null && minutes > 600;
				BigDecimal weight = number(row, weightColumn);
				BigDecimal distance = distanceColumn == null ? null : number(row, distanceColumn);
				BigDecimal seconds = number(row, "duration_seconds");
				Integer setIndex = whole(row, "set_index");
				rows.add(new WorkoutRow(row.line(), start, cell(row, "title"), cell(row, "description"),
						implausible ? null : minutes, implausible, exercise, cell(row, "exercise_notes"),
						setIndex == null ? 0 : setIndex, kind(cell(row, "set_type")), whole(row, "reps"),
						weight == null ? null : weightUnit.toKg(weight), distance == null ? null : distance.multiply(kmPerUnit),
						seconds == null ? null : seconds.setScale(0, RoundingMode.HALF_UP).intValue(), number(row, "rpe")));
			}
			catch (StrongCsv.BadCell ex) {
				problems.add(ex.problem(row.line()));
			}
		}
		String format = "Hevy (weights in " + (weightUnit == MassUnit.KG ? "kg" : "lbs") + ", distances in "
				+ (distanceColumn == null ? "km" : distanceColumn.substring("distance_".length())) + ")";
		return new ParsedExport(format, false, distanceColumn == null ? "km" : distanceColumn.substring(9), rows,
				problems, 0);
	}

	private static SetKind kind(@Nullable String setType) {
		if (setType == null) {
			return SetKind.WORKING;
		}
		return switch (setType.strip().toLowerCase(Locale.ROOT)) {
			case "warmup", "warm_up", "warm-up" -> SetKind.WARMUP;
			case "dropset", "drop_set" -> SetKind.DROP;
			case "failure" -> SetKind.FAILURE;
			default -> SetKind.WORKING;
		};
	}

	private static @Nullable LocalDateTime date(@Nullable String text) {
		if (text == null) {
			return null;
		}
		// "Sept" appears in some locales' abbreviations; Java's English form is "Sep".
		String value = text.strip().replaceAll("\\s+", " ").replace("Sept ", "Sep ");
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDateTime.parse(value, format);
			}
			catch (DateTimeParseException ex) {
				// try the next pattern
			}
		}
		return null;
	}

	private String header(String column) {
		return csv.findHeader(column).orElse(column);
	}

	private @Nullable String cell(CsvFile.Row row, String column) {
		return row.get(header(column));
	}

	private @Nullable BigDecimal number(CsvFile.Row row, String column) {
		String text = cell(row, column);
		try {
			return Numbers.decimal(text);
		}
		catch (NumberFormatException ex) {
			throw new StrongCsv.BadCell("import.row.number", column, text);
		}
	}

	private @Nullable Integer whole(CsvFile.Row row, String column) {
		String text = cell(row, column);
		try {
			return Numbers.whole(text);
		}
		catch (NumberFormatException ex) {
			throw new StrongCsv.BadCell("import.row.number", column, text);
		}
	}

}
