package org.bonetrack.nutrition.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bonetrack.nutrition.NutritionDayChanged;
import org.bonetrack.nutrition.NutritionImported;
import org.bonetrack.nutrition.internal.CronometerExport.ImportedDay;
import org.bonetrack.nutrition.internal.CronometerExport.ImportedEntry;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.RecordNotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cronometer imports: upload, preview, confirm. The upload is kept server-side (bytes, SHA-256,
 * owner, status) between preview and confirmation, so the patient confirms exactly what she saw,
 * and a confirmed or discarded upload cannot be confirmed again. Confirming saves every good day
 * in one transaction. Each imported day replaces that day's earlier Cronometer entries, unless
 * they are the same (same digest), so importing the same or an overlapping export again adds
 * nothing twice; a unique key per patient and entry guards this in the database as well.
 */
@Service
public class CronometerImports {

	/** Previews left unconfirmed this long are dropped, with their bytes. */
	static final Duration PREVIEW_LIFETIME = Duration.ofDays(1);

	private static final String INSERT_ENTRY = """
			insert into nutrition_entries (patient_id, eaten_on, kind, label, supplemental, calcium_mg, vitamin_d_ug,
			       vitamin_k_ug, magnesium_mg, epa_dha_mg, protein_g, source, source_key, source_digest, import_id,
			       created_at, updated_at)
			values (?, ?, 'IMPORTED', ?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private static final int[] INSERT_TYPES = { Types.BIGINT, Types.DATE, Types.VARCHAR, Types.NUMERIC, Types.NUMERIC,
			Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.BIGINT, Types.TIMESTAMP, Types.TIMESTAMP };

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final Patients patients;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CronometerImports(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Patients patients, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.patients = patients;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Checks and keeps an upload for its preview. A file BoneTrack cannot read at all is refused
	 * here (an {@code InvalidInputException} on {@code file}) and nothing is kept.
	 */
	@Transactional
	public long upload(long patientId, @Nullable String fileName, byte @Nullable [] content) {
		CronometerExport export = CronometerExport.read(content, patients.today(patientId));
		Instant now = clock.instant();
		jdbc.sql("""
				update nutrition_imports set status = 'DISCARDED', content = null, finished_at = :now
				where patient_id = :patientId and status = 'PREVIEW' and uploaded_at < :staleBefore
				""")
			.param("now", Timestamp.from(now))
			.param("patientId", patientId)
			.param("staleBefore", Timestamp.from(now.minus(PREVIEW_LIFETIME)))
			.update();
		return jdbc.sql("""
				insert into nutrition_imports (patient_id, format, file_name, content, sha256, status, uploaded_at)
				values (:patientId, :format, :fileName, :content, :sha256, 'PREVIEW', :now)
				returning id
				""")
			.param("patientId", patientId)
			.param("format", export.format().name())
			.param("fileName", cleanFileName(fileName))
			.param("content", content)
			.param("sha256", CronometerExport.sha256(content))
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/** What confirming would do, or, once confirmed, what it did. */
	@Transactional(readOnly = true)
	public ImportPreview preview(long patientId, long importId) {
		StoredImport stored = stored(patientId, importId, false);
		Instant sameFileImportedAt = jdbc.sql("""
				select max(finished_at) from nutrition_imports
				where patient_id = :patientId and sha256 = :sha256 and status = 'CONFIRMED' and id <> :id
				""")
			.param("patientId", patientId)
			.param("sha256", stored.sha256())
			.param("id", importId)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
		if (stored.content() == null) {
			return ImportPreview.finished(stored, sameFileImportedAt);
		}
		CronometerExport export = CronometerExport.read(stored.content(), patients.today(patientId));
		return ImportPreview.of(stored, export, plan(patientId, export), sameFileImportedAt);
	}

	/**
	 * Saves every good day of the upload in one transaction. An upload that was already
	 * confirmed or discarded (also by a concurrent request) is refused.
	 */
	@Transactional
	public ImportResult confirm(long patientId, long importId) {
		StoredImport stored = stored(patientId, importId, true);
		if (stored.content() == null) {
			throw new ImportAlreadyFinishedException(stored.status());
		}
		CronometerExport export = CronometerExport.read(stored.content(), patients.today(patientId));
		Map<LocalDate, DayPlan> plan = plan(patientId, export);
		List<ImportedDay> changed = export.days()
			.stream()
			.filter(day -> plan.get(day.date()).action() != DayAction.UNCHANGED)
			.toList();
		List<LocalDate> replaced = changed.stream()
			.filter(day -> plan.get(day.date()).action() == DayAction.REPLACE)
			.map(ImportedDay::date)
			.toList();
		if (!replaced.isEmpty()) {
			jdbc.sql("""
					delete from nutrition_entries
					where patient_id = :patientId and source = :source and eaten_on in (:dates)
					""").param("patientId", patientId).param("source", CronometerExport.SOURCE).param("dates", replaced).update();
		}
		Timestamp now = Timestamp.from(clock.instant());
		List<Object[]> rows = new ArrayList<>();
		for (ImportedDay day : changed) {
			for (ImportedEntry entry : day.entries()) {
				NutrientAmounts amounts = entry.amounts();
				rows.add(new Object[] { patientId, day.date(), entry.label(), amounts.calciumMg(), amounts.vitaminDUg(),
						amounts.vitaminKUg(), amounts.magnesiumMg(), amounts.epaDhaMg(), amounts.proteinG(),
						CronometerExport.SOURCE, entry.sourceKey(), day.digest(), importId, now, now });
			}
		}
		jdbcTemplate.batchUpdate(INSERT_ENTRY, rows, INSERT_TYPES);
		jdbc.sql("""
				update nutrition_imports
				set status = 'CONFIRMED', content = null, finished_at = :now, days_saved = :days, entries_saved = :entries
				where id = :id
				""").param("now", now).param("days", changed.size()).param("entries", rows.size()).param("id", importId).update();
		for (ImportedDay day : changed) {
			events.publishEvent(new NutritionDayChanged(patientId, day.date()));
		}
		events.publishEvent(new NutritionImported(patientId, importId, export.format().name(), changed.size(), rows.size()));
		return new ImportResult(changed.size(), rows.size(), export.days().size() - changed.size());
	}

	@Transactional
	public void discard(long patientId, long importId) {
		StoredImport stored = stored(patientId, importId, true);
		if (stored.content() == null) {
			throw new ImportAlreadyFinishedException(stored.status());
		}
		jdbc.sql("update nutrition_imports set status = 'DISCARDED', content = null, finished_at = :now where id = :id")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", importId)
			.update();
	}

	/** The patient's latest uploads, newest first. */
	@Transactional(readOnly = true)
	public List<UploadSummary> recent(long patientId, int limit) {
		return jdbc.sql("""
				select id, format, file_name, status, uploaded_at, days_saved from nutrition_imports
				where patient_id = :patientId order by uploaded_at desc, id desc limit :limit
				""")
			.param("patientId", patientId)
			.param("limit", limit)
			.query((rs, row) -> new UploadSummary(rs.getLong("id"), ImportFormat.valueOf(rs.getString("format")),
					rs.getString("file_name"), ImportStatus.valueOf(rs.getString("status")),
					rs.getTimestamp("uploaded_at").toInstant(), (Integer) rs.getObject("days_saved")))
			.list();
	}

	/** For each day of the export: new, a replacement of an earlier import, or the same as before. */
	private Map<LocalDate, DayPlan> plan(long patientId, CronometerExport export) {
		Map<LocalDate, DayPlan> plan = new HashMap<>();
		if (export.days().isEmpty()) {
			return plan;
		}
		LocalDate first = export.days().get(0).date();
		LocalDate last = export.days().get(export.days().size() - 1).date();
		Map<LocalDate, Set<String>> earlierDigests = new HashMap<>();
		Set<LocalDate> ownEntries = new HashSet<>();
		jdbc.sql("""
				select eaten_on, source, source_digest from nutrition_entries
				where patient_id = :patientId and eaten_on between :first and :last
				""").param("patientId", patientId).param("first", first).param("last", last).query((rs, row) -> {
			LocalDate date = rs.getObject("eaten_on", LocalDate.class);
			if (CronometerExport.SOURCE.equals(rs.getString("source"))) {
				earlierDigests.computeIfAbsent(date, d -> new HashSet<>()).add(rs.getString("source_digest"));
			}
			else if (rs.getString("source") == null) {
				ownEntries.add(date);
			}
			return date;
		}).list();
		for (ImportedDay day : export.days()) {
			Set<String> digests = earlierDigests.get(day.date());
			DayAction action = digests == null ? DayAction.NEW
					: digests.equals(Set.of(day.digest())) ? DayAction.UNCHANGED : DayAction.REPLACE;
			plan.put(day.date(), new DayPlan(action, ownEntries.contains(day.date())));
		}
		return plan;
	}

	private StoredImport stored(long patientId, long importId, boolean lock) {
		return jdbc.sql("""
				select id, format, file_name, content, sha256, status, uploaded_at, finished_at, days_saved, entries_saved
				from nutrition_imports where id = :id and patient_id = :patientId
				""" + (lock ? " for update" : ""))
			.param("id", importId)
			.param("patientId", patientId)
			.query((rs, row) -> new StoredImport(rs.getLong("id"), ImportFormat.valueOf(rs.getString("format")),
					rs.getString("file_name"), rs.getBytes("content"), rs.getString("sha256"),
					ImportStatus.valueOf(rs.getString("status")), rs.getTimestamp("uploaded_at").toInstant(),
					rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
					(Integer) rs.getObject("days_saved"), (Integer) rs.getObject("entries_saved")))
			.optional()
			.orElseThrow(() -> RecordNotFoundException.of("Import", importId));
	}

	private static String cleanFileName(@Nullable String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return "upload.csv";
		}
		// browsers may send a full path; keep the name, without control characters
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").trim();
		return name.isEmpty() ? "upload.csv" : name.length() > 255 ? name.substring(0, 255) : name;
	}

	public enum ImportStatus {

		PREVIEW, CONFIRMED, DISCARDED

	}

	/** What happens to a day on confirmation. */
	public enum DayAction {

		/** No earlier import of this day: its entries are added. */
		NEW,
		/** An earlier import of this day differs: its entries are replaced. */
		REPLACE,
		/** An earlier import of this day is the same: nothing changes. */
		UNCHANGED

	}

	/** A day's action, and whether the patient also logged that day in BoneTrack itself. */
	public record DayPlan(DayAction action, boolean hasOwnEntries) {
	}

	record StoredImport(long id, ImportFormat format, String fileName, byte @Nullable [] content, String sha256,
			ImportStatus status, Instant uploadedAt, @Nullable Instant finishedAt, @Nullable Integer daysSaved,
			@Nullable Integer entriesSaved) {
	}

	/** A line of the uploads list. */
	public record UploadSummary(long id, ImportFormat format, String fileName, ImportStatus status, Instant uploadedAt,
			@Nullable Integer daysSaved) {
	}

	/** What a confirmation saved. */
	public record ImportResult(int daysSaved, int entriesSaved, int daysUnchanged) {
	}

	/** The upload was confirmed or discarded before. */
	public static class ImportAlreadyFinishedException extends RuntimeException {

		private final ImportStatus status;

		ImportAlreadyFinishedException(ImportStatus status) {
			super("This upload is already " + status.name().toLowerCase(java.util.Locale.ROOT));
			this.status = status;
		}

		public ImportStatus status() {
			return status;
		}

	}

}
