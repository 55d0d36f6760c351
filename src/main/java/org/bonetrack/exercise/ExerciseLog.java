package org.bonetrack.exercise;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bonetrack.exercise.internal.Catalogue;
import org.bonetrack.exercise.internal.ExerciseSessions;
import org.bonetrack.exercise.internal.SessionBatchReader;
import org.bonetrack.exercise.internal.StoredSession;
import org.bonetrack.shared.DaySpans;
import org.bonetrack.shared.IsoWeek;

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
		return Optional.ofNullable(lastLoggedOn(List.of(patientId)).get(patientId));
	}

	/**
	 * The date of the latest session of each of these patients, in one query; patients who
	 * logged nothing are absent from the map. Read from {@code exercise_last_sessions}, which a
	 * trigger keeps with every change to the sessions (V48): one small row per patient instead of
	 * a probe into each patient's sessions.
	 */
	@Transactional(readOnly = true)
	public Map<Long, LocalDate> lastLoggedOn(Collection<Long> patientIds) {
		Map<Long, LocalDate> dates = new HashMap<>();
		if (patientIds.isEmpty()) {
			return dates;
		}
		jdbc.sql("select patient_id, last_session_on from exercise_last_sessions where patient_id = any(cast(:ids as bigint[]))")
			.param("ids", new LinkedHashSet<>(patientIds).toArray(Long[]::new))
			.query(rs -> {
				dates.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
			});
		return dates;
	}

	/** The date of each patient's first session, in one query; patients who logged none are absent. */
	@Transactional(readOnly = true)
	public Map<Long, LocalDate> firstLoggedOn(Collection<Long> patientIds) {
		Map<Long, LocalDate> dates = new HashMap<>();
		if (patientIds.isEmpty()) {
			return dates;
		}
		// one index probe per patient on (patient, date) rather than a group by over every session
		jdbc.sql("select p.id, (select min(s.session_date) from exercise_sessions s where s.patient_id = p.id) "
				+ "from unnest(cast(:ids as bigint[])) as p(id)")
			.param("ids", new LinkedHashSet<>(patientIds).toArray(Long[]::new))
			.query(rs -> {
				LocalDate date = rs.getObject(2, LocalDate.class);
				if (date != null) {
					dates.put(rs.getLong(1), date);
				}
			});
		return dates;
	}

	/** The catalogue of exercises and impact activities, with each impact's peak force. */
	@Transactional(readOnly = true)
	public List<CatalogueEntry> catalogue() {
		return catalogue.entries().all();
	}

	/**
	 * The sessions of each of these patients dated from {@code from} to {@code to} (both included),
	 * oldest first, in a fixed number of queries; patients without sessions are absent.
	 */
	public Map<Long, List<ExerciseSessionView>> sessions(Collection<Long> patientIds, LocalDate from, LocalDate to) {
		return batch.sessions(patientIds, from, to);
	}

	/**
	 * The sessions of each patient in exactly the weeks asked for her (never the weeks between
	 * them), oldest first, in a fixed number of queries; patients without sessions are absent.
	 */
	public Map<Long, List<ExerciseSessionView>> sessions(Map<Long, ? extends Collection<IsoWeek>> weeksByPatient) {
		return batch.sessions(DaySpans.ofWeeks(weeksByPatient));
	}

}
