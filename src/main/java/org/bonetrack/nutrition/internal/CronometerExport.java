package org.bonetrack.nutrition.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bonetrack.nutrition.Nutrient;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.VitaminDUnit;
import org.bonetrack.shared.csv.CsvFile;
import org.jspecify.annotations.Nullable;

/**
 * A Cronometer export read into days: the daily nutrition summary (one row per day) or the
 * servings export (one row per food). Columns are found by their header text, whatever their
 * order; a missing column or an empty cell means "not exported", never zero. Vitamin D comes in
 * IU and is stored in micrograms (÷ 40). Cronometer's omega-3 is total omega-3 (mostly plant
 * ALA), not EPA+DHA, so it is not imported. Rows with problems are listed with their line numbers
 * and left out; the rest can be saved.
 */
public final class CronometerExport {

	public static final String SOURCE = "CRONOMETER";

	/** Headers like {@code Calcium (mg)} or {@code Vitamin D (IU)}: a name and a unit in brackets. */
	private static final Pattern NUTRIENT_HEADER = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");

	private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T].*)?$");

	private static final Pattern SLASH_DATE = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?:\\s.*)?$");

	private static final Pattern THOUSANDS = Pattern.compile("^\\d{1,3}(,\\d{3})+(\\.\\d+)?$");

	private static final Pattern DECIMAL_COMMA = Pattern.compile("^\\d+,\\d+$");

	private final ImportFormat format;

	private final Map<Nutrient, Column> columns;

	private final boolean omega3Exported;

	private final boolean slashDatesDayFirst;

	private final boolean slashDatesSeen;

	private final List<ImportedDay> days;

	private final List<RowProblem> problems;

	private final List<RowProblem> skipped;

	private final int rowCount;

	private CronometerExport(ImportFormat format, Map<Nutrient, Column> columns, boolean omega3Exported,
			boolean slashDatesSeen, boolean slashDatesDayFirst, List<ImportedDay> days, List<RowProblem> problems,
			List<RowProblem> skipped, int rowCount) {
		this.format = format;
		this.columns = columns;
		this.omega3Exported = omega3Exported;
		this.slashDatesSeen = slashDatesSeen;
		this.slashDatesDayFirst = slashDatesDayFirst;
		this.days = days;
		this.problems = problems;
		this.skipped = skipped;
		this.rowCount = rowCount;
	}

	/**
	 * Reads an upload. A file that is not a Cronometer export this importer understands is an
	 * {@link InvalidInputException} on {@code file}; problems of single rows are not.
	 */
	public static CronometerExport read(byte @Nullable [] content, LocalDate today) {
		CsvFile csv = CsvFile.read(content);
		Optional<String> foodName = csv.findHeader("Food Name");
		Optional<String> dateHeader = foodName.isPresent() ? csv.findHeader("Day") : csv.findHeader("Date");
		if (dateHeader.isEmpty()) {
			throw InvalidInputException.of("file", "nutrition.import.notCronometer");
		}
		ImportFormat format = foodName.isPresent() ? ImportFormat.CRONOMETER_SERVINGS
				: ImportFormat.CRONOMETER_DAILY_SUMMARY;
		Map<Nutrient, Column> columns = columns(csv.headers());
		if (columns.isEmpty()) {
			throw InvalidInputException.of("file", "nutrition.import.noNutrients");
		}
		if (csv.rows().isEmpty()) {
			throw InvalidInputException.of("file", "nutrition.import.noRows");
		}
		boolean omega3 = csv.headers().stream().anyMatch(header -> normalised(header).startsWith("omega-3"));
		DateOrder order = DateOrder.of(csv.rows(), dateHeader.get());
		return new Reader(csv, format, columns, dateHeader.get(), foodName.orElse(null), order, today)
			.read(omega3);
	}

	public ImportFormat format() {
		return format;
	}

	/** The nutrients the file carries, with the header each came from, in {@link Nutrient} order. */
	public Map<Nutrient, String> importedColumns() {
		Map<Nutrient, String> headers = new LinkedHashMap<>();
		columns.forEach((nutrient, column) -> headers.put(nutrient, column.header()));
		return headers;
	}

	/** Tracked nutrients this file has no column for (EPA+DHA never has one). */
	public List<Nutrient> missingNutrients() {
		return java.util.Arrays.stream(Nutrient.values()).filter(nutrient -> !columns.containsKey(nutrient)).toList();
	}

	public boolean omega3Exported() {
		return omega3Exported;
	}

	/** Whether dates like 1/27/2026 (an Excel re-save) were found, and in which order they were read. */
	public boolean slashDatesSeen() {
		return slashDatesSeen;
	}

	public boolean slashDatesDayFirst() {
		return slashDatesDayFirst;
	}

	public List<ImportedDay> days() {
		return days;
	}

	public int entryCount() {
		return days.stream().mapToInt(day -> day.entries().size()).sum();
	}

	public List<RowProblem> problems() {
		return problems;
	}

	public List<RowProblem> skipped() {
		return skipped;
	}

	public int rowCount() {
		return rowCount;
	}

	private static Map<Nutrient, Column> columns(List<String> headers) {
		Map<Nutrient, Column> columns = new EnumMap<>(Nutrient.class);
		for (String header : headers) {
			Matcher matcher = NUTRIENT_HEADER.matcher(normalised(header));
			if (!matcher.matches()) {
				continue;
			}
			String name = matcher.group(1);
			String unit = matcher.group(2);
			Column column = switch (name) {
				case "calcium" -> unit.equals("mg") ? new Column(header, null) : null;
				case "vitamin d" -> unit.equals("iu") ? new Column(header, VitaminDUnit.IU)
						: unit.equals("µg") ? new Column(header, VitaminDUnit.UG) : null;
				case "vitamin k" -> unit.equals("µg") ? new Column(header, null) : null;
				case "magnesium" -> unit.equals("mg") ? new Column(header, null) : null;
				case "protein" -> unit.equals("g") ? new Column(header, null) : null;
				default -> null;
			};
			Nutrient nutrient = switch (name) {
				case "calcium" -> Nutrient.CALCIUM;
				case "vitamin d" -> Nutrient.VITAMIN_D;
				case "vitamin k" -> Nutrient.VITAMIN_K;
				case "magnesium" -> Nutrient.MAGNESIUM;
				case "protein" -> Nutrient.PROTEIN;
				default -> null;
			};
			if (column != null && nutrient != null) {
				columns.putIfAbsent(nutrient, column);
			}
		}
		return columns;
	}

	/** Lower case, one space, and every spelling of micrograms as "µg". */
	private static String normalised(String header) {
		return header.trim()
			.toLowerCase(Locale.ROOT)
			.replace('\u03bc', '\u00b5')
			.replaceAll("\\s+", " ")
			.replaceAll("\\((mcg|ug)\\)$", "(µg)");
	}

	/** Where a nutrient's column is and, for vitamin D, the unit its values are in. */
	private record Column(String header, @Nullable VitaminDUnit vitaminDUnit) {
	}

	/** One line's problem, as a message code and its arguments (see i18n/nutrition.properties). */
	public record RowProblem(long line, String code, List<Object> args) {

		static RowProblem of(long line, String code, Object... args) {
			return new RowProblem(line, code, List.of(args));
		}

	}

	/** One entry to save: a day's Cronometer total, or one serving. */
	public record ImportedEntry(long line, String label, String sourceKey, NutrientAmounts amounts) {
	}

	/** A date's entries, and a digest of them that tells whether an earlier import of the day differs. */
	public record ImportedDay(LocalDate date, List<ImportedEntry> entries, String digest) {
	}

	/**
	 * Month-first (1/27/2026, Excel in the US) or day-first (27/01/2026) for slash dates, decided
	 * for the whole file: a first number above 12 means day-first, a second above 12 month-first;
	 * with no such clue, month-first as Excel in the US writes them.
	 */
	private record DateOrder(boolean seen, boolean dayFirst, boolean contradictory) {

		static DateOrder of(List<CsvFile.Row> rows, String header) {
			boolean seen = false;
			boolean dayFirstClue = false;
			boolean monthFirstClue = false;
			for (CsvFile.Row row : rows) {
				String value = row.get(header);
				Matcher matcher = value == null ? null : SLASH_DATE.matcher(value.trim());
				if (matcher != null && matcher.matches()) {
					seen = true;
					dayFirstClue |= Integer.parseInt(matcher.group(1)) > 12;
					monthFirstClue |= Integer.parseInt(matcher.group(2)) > 12;
				}
			}
			return new DateOrder(seen, dayFirstClue && !monthFirstClue, dayFirstClue && monthFirstClue);
		}

	}

	/** Turns rows into days, collecting row problems. */
	private static final class Reader {

		private final CsvFile csv;

		private final ImportFormat format;

		private final Map<Nutrient, Column> columns;

		private final String dateHeader;

		private final @Nullable String foodNameHeader;

		private final DateOrder order;

		private final LocalDate today;

		private final List<RowProblem> problems = new ArrayList<>();

		private final List<RowProblem> skipped = new ArrayList<>();

		Reader(CsvFile csv, ImportFormat format, Map<Nutrient, Column> columns, String dateHeader,
				@Nullable String foodNameHeader, DateOrder order, LocalDate today) {
			this.csv = csv;
			this.format = format;
			this.columns = columns;
			this.dateHeader = dateHeader;
			this.foodNameHeader = foodNameHeader;
			this.order = order;
			this.today = today;
		}

		CronometerExport read(boolean omega3) {
			Map<LocalDate, List<ImportedEntry>> byDate = new TreeMap<>();
			Map<LocalDate, Long> firstLine = new LinkedHashMap<>();
			for (CsvFile.Row row : csv.rows()) {
				LocalDate date = date(row);
				if (date == null) {
					continue;
				}
				NutrientAmounts amounts = amounts(row);
				if (amounts == null) {
					continue;
				}
				if (amounts.isEmpty()) {
					skipped.add(RowProblem.of(row.line(), "nutrition.import.row.nothing", date));
					continue;
				}
				if (format == ImportFormat.CRONOMETER_DAILY_SUMMARY) {
					Long earlier = firstLine.putIfAbsent(date, row.line());
					if (earlier != null) {
						problems.add(RowProblem.of(row.line(), "nutrition.import.row.duplicateDate", date, earlier));
						continue;
					}
					byDate.computeIfAbsent(date, d -> new ArrayList<>())
						.add(new ImportedEntry(row.line(), "Cronometer daily total", "cronometer:" + date + ":summary",
								amounts));
				}
				else {
					String food = label(row);
					if (food == null) {
						problems.add(RowProblem.of(row.line(), "nutrition.import.row.noFoodName"));
						continue;
					}
					List<ImportedEntry> entries = byDate.computeIfAbsent(date, d -> new ArrayList<>());
					entries.add(new ImportedEntry(row.line(), food,
							"cronometer:" + date + ":serving:" + (entries.size() + 1), amounts));
				}
			}
			List<ImportedDay> days = byDate.entrySet()
				.stream()
				.map(day -> new ImportedDay(day.getKey(), List.copyOf(day.getValue()), digest(day.getValue())))
				.toList();
			return new CronometerExport(format, columns, omega3, order.seen(), order.dayFirst(), days,
					List.copyOf(problems), List.copyOf(skipped), csv.rows().size());
		}

		private @Nullable LocalDate date(CsvFile.Row row) {
			String value = row.get(dateHeader);
			if (value == null) {
				problems.add(RowProblem.of(row.line(), "nutrition.import.row.noDate", dateHeader));
				return null;
			}
			LocalDate date = parseDate(value.trim());
			if (date == null) {
				problems.add(RowProblem.of(row.line(), order.contradictory() && SLASH_DATE.matcher(value.trim()).matches()
						? "nutrition.import.row.ambiguousDate" : "nutrition.import.row.badDate", value));
				return null;
			}
			if (date.isAfter(today)) {
				problems.add(RowProblem.of(row.line(), "nutrition.import.row.futureDate", date));
				return null;
			}
			if (date.isBefore(NutritionLimits.EARLIEST_DATE)) {
				problems.add(RowProblem.of(row.line(), "nutrition.import.row.earlyDate", date,
						NutritionLimits.EARLIEST_DATE));
				return null;
			}
			return date;
		}

		private @Nullable LocalDate parseDate(String value) {
			try {
				Matcher iso = ISO_DATE.matcher(value);
				if (iso.matches()) {
					return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
							Integer.parseInt(iso.group(3)));
				}
				Matcher slash = SLASH_DATE.matcher(value);
				if (slash.matches() && !order.contradictory()) {
					int first = Integer.parseInt(slash.group(1));
					int second = Integer.parseInt(slash.group(2));
					int year = Integer.parseInt(slash.group(3));
					year = year < 100 ? 2000 + year : year;
					return order.dayFirst() ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
				}
			}
			catch (DateTimeException | NumberFormatException ex) {
				return null;
			}
			return null;
		}

		/** The row's amounts in canonical units, or null (with a problem recorded) when one is unusable. */
		private @Nullable NutrientAmounts amounts(CsvFile.Row row) {
			Map<Nutrient, BigDecimal> amounts = new EnumMap<>(Nutrient.class);
			boolean usable = true;
			for (Map.Entry<Nutrient, Column> entry : columns.entrySet()) {
				Nutrient nutrient = entry.getKey();
				Column column = entry.getValue();
				String text = row.get(column.header());
				if (text == null || text.isBlank()) {
					continue;
				}
				BigDecimal value = number(text.trim());
				if (value == null) {
					problems.add(RowProblem.of(row.line(), "nutrition.import.row.notNumber", column.header(), text));
					usable = false;
					continue;
				}
				BigDecimal canonical = column.vitaminDUnit() == null ? value : column.vitaminDUnit().toMicrograms(value);
				BigDecimal max = NutritionLimits.MAX_PER_ENTRY.get(nutrient);
				if (canonical.signum() < 0 || canonical.compareTo(max) > 0) {
					BigDecimal shownMax = column.vitaminDUnit() == null ? max : column.vitaminDUnit().fromMicrograms(max);
					problems.add(RowProblem.of(row.line(), "nutrition.import.row.outOfRange", column.header(), text,
							Amounts.tidy(shownMax)));
					usable = false;
					continue;
				}
				amounts.put(nutrient, Amounts.tidy(canonical.setScale(4, RoundingMode.HALF_UP)));
			}
			return usable ? NutrientAmounts.of(amounts) : null;
		}

		private @Nullable BigDecimal number(String text) {
			String plain = text;
			if (THOUSANDS.matcher(text).matches()) {
				plain = text.replace(",", "");
			}
			else if (csv.delimiter() == ';' && DECIMAL_COMMA.matcher(text).matches()) {
				plain = text.replace(',', '.');
			}
			try {
				return new BigDecimal(plain);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		private @Nullable String label(CsvFile.Row row) {
			String food = foodNameHeader == null ? null : row.get(foodNameHeader);
			if (food == null || food.isBlank()) {
				return null;
			}
			String amount = csv.findHeader("Amount").map(row::get).orElse(null);
			String label = amount == null || amount.isBlank() ? food.trim() : food.trim() + ", " + amount.trim();
			return label.length() > NutritionLimits.MAX_LABEL_LENGTH
					? label.substring(0, NutritionLimits.MAX_LABEL_LENGTH - 1) + "…" : label;
		}

		/** Same entries, same digest: a re-import of an unchanged day is recognised and skipped. */
		private String digest(List<ImportedEntry> entries) {
			StringBuilder text = new StringBuilder(format.name());
			for (ImportedEntry entry : entries) {
				text.append('\n').append(entry.label());
				for (Nutrient nutrient : Nutrient.values()) {
					BigDecimal amount = entry.amounts().get(nutrient);
					text.append('|').append(amount == null ? "" : amount.toPlainString());
				}
			}
			try {
				return HexFormat.of()
					.formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
