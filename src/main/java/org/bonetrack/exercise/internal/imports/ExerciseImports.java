package org.bonetrack.exercise.internal.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bonetrack.exercise.ExerciseHistoryImported;
import org.bonetrack.exercise.ExerciseSessionLogged;
import org.bonetrack.exercise.internal.Catalogue;
import org.bonetrack.exercise.internal.SessionBatchWriter;
import org.bonetrack.exercise.internal.SessionSource;
import org.bonetrack.exercise.internal.imports.ImportPlan.PlannedSession;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.shared.RecordNotFoundException;
import org.bonetrack.shared.csv.CsvFile;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strong and Hevy imports: an upload is checked and kept (bytes, SHA-256, owner) until the
 * patient confirms its preview; the confirmation reads the same bytes again with her answers and
 * saves every good row in one transaction. Workouts already imported from the same app are
 * recognised by their key and never saved twice, and a confirmed upload cannot be confirmed again.
 */
@Service
public class ExerciseImports {

	/** How long an unconfirmed upload is kept before the next upload clears it away. */
	static final Duration PREVIEW_KEPT = Duration.ofDays(1);

	/** At most this many uploads wait for confirmation per patient; older ones make way. */
	static final int PREVIEWS_KEPT = 5;

	private static final RowMapper<ImportRecord> RECORD = (rs, row) -> new ImportRecord(rs.getLong("id"),
			rs.getLong("patient_id"), SessionSource.valueOf(rs.getString("source")), rs.getString("file_name"),
			rs.getString("sha256"), MassUnit.valueOf(rs.getString("unit")), "CONFIRMED".equals(rs.getString("status")),
			rs.getTimestamp("created_at").toInstant(),
			rs.getTimestamp("confirmed_at") == null ? null : rs.getTimestamp("confirmed_at").toInstant(),
			(Integer) rs.getObject("sessions_added"));

	private static final String COLUMNS = "id, patient_id, source, file_name, sha256, unit, status, created_at, confirmed_at, sessions_added";

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	private final Patients patients;

	private final SessionBatchWriter writer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ExerciseImports(JdbcClient jdbc, Catalogue catalogue, Patients patients, SessionBatchWriter writer,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.patients = patients;
		this.writer = writer;
		this.events = events;
		this.clock = clock;
	}

	/** An upload as kept between preview and confirmation (without its bytes). */
	public record ImportRecord(long id, long patientId, SessionSource source, String fileName, String sha256,
			MassUnit unit, boolean confirmed, Instant createdAt, @Nullable Instant confirmedAt,
			@Nullable Integer sessionsAdded) {
	}

	/** What confirming would do: the plan, and which of its sessions are new. */
	public record Preview(ImportRecord record, ImportPlan plan, List<PlannedSession> newSessions, int alreadyImported,
			@Nullable Instant sameFileConfirmedAt) {
	}

	public record Result(ImportRecord record, int sessionsAdded, int alreadyImported, @Nullable LocalDate from,
			@Nullable LocalDate to) {
	}

	/**
	 * Checks the file (size, text, columns) and keeps it for the preview; a file that is not an
	 * export of this app is refused on the field {@code file} and nothing is kept.
	 */
	@Transactional
	public long stage(long patientId, SessionSource source, @Nullable String fileName, byte @Nullable [] content,
			MassUnit unit) {
		CsvFile csv = CsvFile.read(content);
		parse(source, csv, unit);
		Instant now = clock.instant();
		jdbc.sql("""
				delete from exercise_imports where patient_id = :patient and status = 'PREVIEW'
				  and (created_at < :expired or id not in (
				      select id from exercise_imports where patient_id = :patient and status = 'PREVIEW'
				      order by created_at desc, id desc limit :keep))
				""")
			.param("patient", patientId)
			.param("expired", Timestamp.from(now.minus(PREVIEW_KEPT)))
			.param("keep", PREVIEWS_KEPT - 1)
			.update();
		return jdbc.sql("""
				insert into exercise_imports (patient_id, source, file_name, sha256, content, unit, status, created_at)
				values (?, ?, ?, ?, ?, ?, 'PREVIEW', ?) returning id
				""")
			.params(patientId, source.name(), cleanFileName(fileName), sha256(content), content, unit.name(),
					Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	public ImportRecord record(long patientId, long importId) {
		return jdbc.sql("select " + COLUMNS + " from exercise_imports where id = ? and patient_id = ?")
			.params(importId, patientId)
			.query(RECORD)
			.optional()
			.orElseThrow(() -> RecordNotFoundException.of("Import", importId));
	}

	@Transactional(readOnly = true)
	public Preview preview(long patientId, long importId) {
		ImportRecord record = record(patientId, importId);
		if (record.confirmed()) {
			throw new ImportAlreadyConfirmedException(importId);
		}
		ImportPlan plan = plan(record, content(record), choices(patientId, record.source()));
		Set<String> existing = existingKeys(patientId, record.source());
		List<PlannedSession> fresh = plan.sessions().stream().filter(s -> !existing.contains(s.sourceKey())).toList();
		Instant sameFile = jdbc.sql("""
				select max(confirmed_at) from exercise_imports
				where patient_id = ? and sha256 = ? and status = 'CONFIRMED'
				""")
			.params(patientId, record.sha256())
			.query((rs, row) -> java.util.Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.single()
			.orElse(null);
		return new Preview(record, plan, fresh, plan.sessions().size() - fresh.size(), sameFile);
	}

	/** Keeps the patient's answers: the unit of a file without one, and what each exercise name is. */
	@Transactional
	public void choose(long patientId, long importId, MassUnit unit, Map<String, String> choices) {
		ImportRecord record = record(patientId, importId);
		if (record.confirmed()) {
			throw new ImportAlreadyConfirmedException(importId);
		}
		jdbc.sql("update exercise_imports set unit = ? where id = ?").params(unit.name(), importId).update();
		remember(patientId, record.source(), choices);
	}

	/** Saves every new session of the upload in one transaction, once. */
	@Transactional
	public Result confirm(long patientId, long importId, MassUnit unit, Map<String, String> choices) {
		// One import at a time per patient, so two overlapping exports cannot race for the same workouts.
		jdbc.sql("select pg_advisory_xact_lock(?)").param(0x4558_0000_0000_0000L | patientId).query(Object.class).list();
		ImportRecord locked = jdbc.sql("select " + COLUMNS + " from exercise_imports where id = ? and patient_id = ? for update")
			.params(importId, patientId)
			.query(RECORD)
			.optional()
			.orElseThrow(() -> RecordNotFoundException.of("Import", importId));
		if (locked.confirmed()) {
			throw new ImportAlreadyConfirmedException(importId);
		}
		choose(patientId, importId, unit, choices);
		ImportRecord record = record(patientId, importId);
		ImportPlan plan = plan(record, content(record), choices(patientId, record.source()));
		Set<String> existing = existingKeys(patientId, record.source());
		Set<String> keys = new HashSet<>();
		List<PlannedSession> fresh = plan.sessions()
			.stream()
			.filter(s -> !existing.contains(s.sourceKey()) && keys.add(s.sourceKey()))
			.toList();
		List<Long> ids = writer.insert(patientId, record.source(), importId, fresh.stream()
			.map(s -> new SessionBatchWriter.NewSession(s.session(), s.sourceKey()))
			.toList());
		jdbc.sql("""
				update exercise_imports set status = 'CONFIRMED', content = null, confirmed_at = ?, sessions_added = ?
				where id = ?
				""").params(Timestamp.from(clock.instant()), fresh.size(), importId).update();
		for (int i = 0; i < fresh.size(); i++) {
			events.publishEvent(new ExerciseSessionLogged(patientId, ids.get(i), fresh.get(i).date()));
		}
		LocalDate from = fresh.stream().map(PlannedSession::date).min(Comparator.naturalOrder()).orElse(null);
		LocalDate to = fresh.stream().map(PlannedSession::date).max(Comparator.naturalOrder()).orElse(null);
		events.publishEvent(new ExerciseHistoryImported(patientId, importId, record.source().label(), fresh.size(),
				from, to));
		return new Result(record(patientId, importId), fresh.size(), plan.sessions().size() - fresh.size(), from, to);
	}

	/** Forgets an upload that was not confirmed. */
	@Transactional
	public void discard(long patientId, long importId) {
		ImportRecord record = record(patientId, importId);
		if (!record.confirmed()) {
			jdbc.sql("delete from exercise_imports where id = ? and patient_id = ?").params(importId, patientId).update();
		}
	}

	/** The patient's latest uploads, newest first. */
	@Transactional(readOnly = true)
	public List<ImportRecord> recent(long patientId, int limit) {
		return jdbc.sql("select " + COLUMNS + " from exercise_imports where patient_id = ? order by created_at desc, id desc limit ?")
			.params(patientId, limit)
			.query(RECORD)
			.list();
	}

	private ImportPlan plan(ImportRecord record, byte[] content, Map<String, Target> choices) {
		ParsedExport export = parse(record.source(), CsvFile.read(content), record.unit());
		return ImportPlanner.plan(export, choices, catalogue.entries(), patients.today(record.patientId()));
	}

	private static ParsedExport parse(SessionSource source, CsvFile csv, MassUnit unit) {
		return switch (source) {
			case STRONG -> StrongCsv.read(csv, unit);
			case HEVY -> HevyCsv.read(csv);
			case MANUAL -> throw new IllegalArgumentException("Nothing to import for " + source);
		};
	}

	private byte[] content(ImportRecord record) {
		return jdbc.sql("select content from exercise_imports where id = ?")
			.param(record.id())
			.query((rs, row) -> rs.getBytes(1))
			.single();
	}

	private Set<String> existingKeys(long patientId, SessionSource source) {
		return new HashSet<>(jdbc.sql("select source_key from exercise_sessions where patient_id = ? and source = ?")
			.params(patientId, source.name())
			.query(String.class)
			.list());
	}

	private Map<String, Target> choices(long patientId, SessionSource source) {
		Map<String, Target> choices = new HashMap<>();
		jdbc.sql("select vendor_name, choice from exercise_name_choices where patient_id = ? and source = ?")
			.params(patientId, source.name())
			.query((rs, row) -> {
				Target target = Target.parse(rs.getString(2));
				if (target != null) {
					choices.put(rs.getString(1), target);
				}
				return null;
			})
			.list();
		return choices;
	}

	/**
	 * Stores the choices that differ from what BoneTrack would do by itself, and every choice for
	 * a name it does not know, so the next import of the same names asks nothing.
	 */
	private void remember(long patientId, SessionSource source, Map<String, String> choices) {
		List<Object[]> upserts = new ArrayList<>();
		List<String> forget = new ArrayList<>();
		choices.forEach((name, code) -> {
			Target target = Target.parse(code);
			if (name == null || name.isBlank() || target == null) {
				return;
			}
			String normalized = ExerciseNames.normalize(name);
			if (normalized.length() > 200) {
				return;
			}
			Target known = ExerciseNames.known(normalized).orElse(null);
			if (target.equals(known)) {
				forget.add(normalized);
			}
			else {
				upserts.add(new Object[] { patientId, source.name(), normalized, target.code() });
			}
		});
		for (Object[] upsert : upserts) {
			jdbc.sql("""
					insert into exercise_name_choices (patient_id, source, vendor_name, choice) values (?, ?, ?, ?)
					on conflict (patient_id, source, vendor_name) do update set choice = excluded.choice
					""").params(upsert).update();
		}
		for (String name : forget) {
			jdbc.sql("delete from exercise_name_choices where patient_id = ? and source = ? and vendor_name = ?")
				.params(patientId, source.name(), name)
				.update();
		}
	}

	private static String cleanFileName(@Nullable String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return "export.csv";
		}
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		if (name.isEmpty()) {
			return "export.csv";
		}
		return name.length() <= 255 ? name : name.substring(name.length() - 255);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Used by tests and the benchmark to refer to names the way choices are keyed. */
	public static String choiceKey(String vendorName) {
		return ExerciseNames.normalize(vendorName);
	}

}
