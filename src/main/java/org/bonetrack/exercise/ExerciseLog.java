package org.bonetrack.exercise;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bonetrack.exercise.internal.Catalogue;
import org.bonetrack.exercise.internal.ExerciseSessions;
import org.bonetrack.exercise.internal.SessionBatchReader;
import org.bonetrack.exercise.internal.StoredSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules (scoring, dashboard) may ask about patients' exercise. Read-only; callers
 * decide who may see what (a clinician's access is checked by the caller through
 * {@code Patients.careTeamPatient}).
 */
@Service
public class ExerciseLog {

	private final ExerciseSessions sessions;

	private final Catalogue catalogue;

	private final JdbcClient jdbc;

	private final SessionBatchReader batch;

	ExerciseLog(ExerciseSessions sessions, Catalogue catalogue, JdbcClient jdbc, SessionBatchReader batch) {
		this.sessions = sessions;
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * The patient's sessions dated from {@code from} to {@code to} (both included, dates in the
	 * patient's time zone), oldest first; sessions of one day by start time.
	 */
	@Transactional(readOnly = true)
	public List<ExerciseSessionView> sessions(long patientId, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return List.of();
		}
		return sessions.between(patientId, from, to).stream().map(StoredSession::session).toList();
	}

	/** The date of the patient's latest session, if she logged any. */
	@Transactional(readOnly = true)
	public Optional<LocalDate> lastLoggedOn(long patientId) {
		return jdbc.sql("select max(session_date) from exercise_sessions where patient_id = ?")
			.param(patientId)
			.query((rs, row) -> Optional.ofNullable(rs.getDate(1)).map(Date::toLocalDate))
			.single();
	}

	/**
	 * The date of the latest session of each of these patients, in one query; patients who
	 * logged nothing are absent from the map.
	 */
	@Transactional(readOnly = true)
	public Map<Long, LocalDate> lastLoggedOn(Collection<Long> patientIds) {
		Map<Long, LocalDate> latest = new HashMap<>();
		if (patientIds.isEmpty()) {
			return latest;
		}
		jdbc.sql("""
				select p.id, (select max(s.session_date) from exercise_sessions s where s.patient_id = p.id)
				from unnest(array[:ids]::bigint[]) as p(id)
				""")
			// one index probe per patient (issue 9: a group by read every session of 500 patients)
			.param("ids", List.copyOf(new java.util.LinkedHashSet<>(patientIds)))
			.query(rs -> {
				if (rs.getDate(2) != null) {
					latest.put(rs.getLong(1), rs.getDate(2).toLocalDate());
				}
			});
		return latest;
	}

	/** The catalogue of exercises and impact activities, with each impact's peak force. */
	@Transactional(readOnly = true)
	public List<CatalogueEntry> catalogue() {
		return catalogue.entries().all();
	}

	// --- Batch reads for scoring (issue 6, phase 2) ---

	/**
	 * The sessions of each of these patients dated from {@code from} to {@code to} (both included),
	 * oldest first, in a fixed number of queries; patients without sessions are absent.
	 */
	public Map<Long, List<ExerciseSessionView>> sessions(Collection<Long> patientIds, LocalDate from, LocalDate to) {
		return batch.sessions(patientIds, from, to);
	}

	/** The date of each patient's first session, in one query; patients who logged none are absent. */
	public Map<Long, LocalDate> firstLoggedOn(Collection<Long> patientIds) {
		return batch.firstLoggedOn(patientIds);
	}

	// dashboard: the clinician list over long histories
	/**
	 * The same answer as {@link #lastLoggedOn(Collection)}, in one query that looks up each
	 * patient's latest session in the (patient, date) index instead of grouping all her sessions:
	 * its cost does not grow with the length of the histories.
	 */
	@Transactional(readOnly = true)
	public Map<Long, LocalDate> latestSessionDates(Collection<Long> patientIds) {
		Map<Long, LocalDate> latest = new HashMap<>();
		if (patientIds.isEmpty()) {
			return latest;
		}
		jdbc.sql("""
				select p.id, (select max(s.session_date) from exercise_sessions s where s.patient_id = p.id) as latest
				from unnest(cast(:ids as bigint[])) as p(id)
				""")
			.param("ids", new java.util.LinkedHashSet<>(patientIds).toArray(Long[]::new))
			.query(rs -> {
				Date date = rs.getDate(2);
				if (date != null) {
					latest.put(rs.getLong(1), date.toLocalDate());
				}
			});
		return latest;
	}

}
