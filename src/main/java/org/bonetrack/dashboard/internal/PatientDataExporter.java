package org.bonetrack.dashboard.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bonetrack.shared.patientdata.DataTable;
import org.bonetrack.shared.patientdata.PatientDataSection;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Everything a patient owns, as a ZIP: one CSV file per table, one JSON document with all of
 * them, and any extra documents (such as the DEXA scans as FHIR).
 */
@Service
public class PatientDataExporter {

	private final List<PatientDataSection> sections;

	private final JsonMapper json;

	private final Clock clock;

	PatientDataExporter(List<PatientDataSection> sections, JsonMapper json, Clock clock) {
		this.sections = sections;
		this.json = json;
		this.clock = clock;
	}

	public List<DataTable> tables(long patientId) {
		List<DataTable> tables = new ArrayList<>();
		sections.forEach(section -> tables.addAll(section.export(patientId)));
		return tables;
	}

	/** Writes the ZIP; {@code documents} maps extra file names to their content. */
	public void writeZip(long patientId, Map<String, String> documents, OutputStream out) throws IOException {
		List<DataTable> tables = tables(patientId);
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		for (DataTable table : tables) {
			zip.putNextEntry(new ZipEntry(table.name() + ".csv"));
			writeCsv(table, zip);
			zip.closeEntry();
		}
		zip.putNextEntry(new ZipEntry("bonetrack-export.json"));
		zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document(patientId, tables)));
		zip.closeEntry();
		for (Map.Entry<String, String> document : documents.entrySet()) {
			zip.putNextEntry(new ZipEntry(document.getKey()));
			zip.write(document.getValue().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		zip.finish();
	}

	private Map<String, Object> document(long patientId, List<DataTable> tables) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("exportedAt", clock.instant().toString());
		document.put("patientId", patientId);
		Map<String, Object> byName = new LinkedHashMap<>();
		for (DataTable table : tables) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (List<@Nullable Object> row : table.rows()) {
				Map<String, Object> object = new LinkedHashMap<>();
				for (int i = 0; i < table.columns().size(); i++) {
					object.put(table.columns().get(i), jsonValue(row.get(i)));
				}
				rows.add(object);
			}
			byName.put(table.name(), rows);
		}
		document.put("tables", byName);
		return document;
	}

	private static void writeCsv(DataTable table, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(table.columns().toArray(String[]::new)).get());
		for (List<@Nullable Object> row : table.rows()) {
			printer.printRecord(row.stream().map(PatientDataExporter::csvCell).toList());
		}
		printer.flush();
	}

	/**
	 * Text that a spreadsheet would run as a formula (starting with = + - @, tab or carriage
	 * return) gets a leading apostrophe; numbers and dates stay as they are.
	 */
	static @Nullable String csvCell(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number || value instanceof Boolean || value instanceof TemporalAccessor) {
			return String.valueOf(value);
		}
		String text = String.valueOf(value);
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	private static @Nullable Object jsonValue(@Nullable Object value) {
		if (value == null || value instanceof Number || value instanceof Boolean) {
			return value;
		}
		return String.valueOf(value);
	}

}
