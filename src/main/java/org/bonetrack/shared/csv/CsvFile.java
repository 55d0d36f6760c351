package org.bonetrack.shared.csv;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bonetrack.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded CSV export, checked and read with Apache Commons CSV: at most 5 MB, UTF-8 text
 * (a byte-order mark is dropped), comma- or semicolon-separated as its header line shows,
 * quoted or not. Columns are found by header text, never by position. Anything else is an
 * {@link InvalidInputException} on the field {@code file}, so nothing gets saved.
 */
public final class CsvFile {

	public static final int MAX_BYTES = 5 * 1024 * 1024;

	private final List<String> headers;

	private final char delimiter;

	private final List<Row> rows;

	private CsvFile(List<String> headers, char delimiter, List<Row> rows) {
		this.headers = headers;
		this.delimiter = delimiter;
		this.rows = rows;
	}

	public static CsvFile read(byte @Nullable [] content) {
		if (content == null || content.length == 0) {
			throw InvalidInputException.of("file", "import.file.empty");
		}
		if (content.length > MAX_BYTES) {
			throw InvalidInputException.of("file", "import.file.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		String text = decode(content);
		if (text.isBlank()) {
			throw InvalidInputException.of("file", "import.file.empty");
		}
		String headerLine = text.lines().findFirst().orElse("");
		char delimiter = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.setAllowMissingColumnNames(true)
			.setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
			.get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<String> headers = parser.getHeaderNames().stream().map(String::trim).toList();
			if (headers.size() < 2) {
				throw InvalidInputException.of("file", "import.file.notCsv");
			}
			List<Row> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(new Row(record.getRecordNumber() + 1, record.toMap()));
			}
			return new CsvFile(headers, delimiter, Collections.unmodifiableList(rows));
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException ex) {
			throw InvalidInputException.of("file", "import.file.notCsv");
		}
	}

	private static String decode(byte[] content) {
		for (byte b : content) {
			if (b == 0) {
				throw InvalidInputException.of("file", "import.file.binary");
			}
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw InvalidInputException.of("file", "import.file.notUtf8");
		}
	}

	private static long count(String line, char c) {
		return line.chars().filter(ch -> ch == c).count();
	}

	public List<String> headers() {
		return headers;
	}

	public char delimiter() {
		return delimiter;
	}

	public List<Row> rows() {
		return rows;
	}

	/** Whether a column with exactly this header (ignoring case and surrounding spaces) exists. */
	public boolean hasColumn(String header) {
		return findHeader(header).isPresent();
	}

	/** The file's own spelling of a header, matched ignoring case and surrounding spaces. */
	public Optional<String> findHeader(String header) {
		String wanted = header.trim().toLowerCase(Locale.ROOT);
		return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
	}

	/**
	 * One data row. {@code line} is its line in the file (the header is line 1), for messages
	 * such as "line 14: reps must be 1 to 100".
	 */
	public record Row(long line, Map<String, String> values) {

		/** The cell under this header (file spelling), or null when the column or the value is missing. */
		public @Nullable String get(String header) {
			String value = values.get(header);
			return value == null || value.isEmpty() ? null : value;
		}

	}

}
