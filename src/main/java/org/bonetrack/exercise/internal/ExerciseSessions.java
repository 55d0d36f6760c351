package org.bonetrack.exercise.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bonetrack.exercise.ExerciseSessionChanged;
import org.bonetrack.exercise.ExerciseSessionDeleted;
import org.bonetrack.exercise.ExerciseSessionLogged;
import org.bonetrack.exercise.ExerciseType;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.IsoWeek;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.shared.RecordNotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's sessions: logging, changing and deleting them (each publishing its event in the
 * same transaction), and reading them back. Every query is scoped by the owner.
 */
@Service
public class ExerciseSessions {

	/** Newest first; sessions of the same day by start time, untimed ones last. */
	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("date"), Sort.Order.desc("startTime").nullsLast(),
			Sort.Order.desc("id"));

	static final Sort OLDEST_FIRST = Sort.by(Sort.Order.asc("date"), Sort.Order.asc("startTime").nullsFirst(),
			Sort.Order.asc("id"));

	private final ExerciseSessionRepository sessions;

	private final Catalogue catalogue;

	private final Patients patients;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	ExerciseSessions(ExerciseSessionRepository sessions, Catalogue catalogue, Patients patients,
			ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.sessions = sessions;
		this.catalogue = catalogue;
		this.patients = patients;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public StoredSession create(long patientId, SessionInput input, MassUnit unit) {
		Catalogue.Entries entries = catalogue.entries();
		ValidSession valid = SessionRules.validate(input, unit, patients.today(patientId), entries);
		ExerciseSessionEntity session = sessions.saveAndFlush(new ExerciseSessionEntity(patientId, valid, clock.instant()));
		events.publishEvent(new ExerciseSessionLogged(patientId, session.getId(), session.getDate()));
		return stored(session, entries);
	}

	/**
	 * Replaces the session's content. {@code expectedVersion} is the version the patient edited:
	 * when someone saved in between, nothing is written and the caller hears of the conflict.
	 */
	@Transactional
	public StoredSession update(long patientId, long sessionId, long expectedVersion, SessionInput input,
			MassUnit unit) {
		ExerciseSessionEntity session = owned(patientId, sessionId);
		if (session.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(ExerciseSessionEntity.class, sessionId);
		}
		Catalogue.Entries entries = catalogue.entries();
		ValidSession valid = SessionRules.validate(input, unit, patients.today(patientId), entries);
		LocalDate previousDate = session.getDate();
		session.replaceWith(valid, clock.instant());
		sessions.flush();
		events.publishEvent(new ExerciseSessionChanged(patientId, sessionId, valid.date(), previousDate));
		return stored(session, entries);
	}

	/** Deletes the session; with an expected version, only if nobody changed it since. */
	@Transactional
	public void delete(long patientId, long sessionId, @Nullable Long expectedVersion) {
		ExerciseSessionEntity session = owned(patientId, sessionId);
		if (expectedVersion != null && session.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(ExerciseSessionEntity.class, sessionId);
		}
		sessions.delete(session);
		sessions.flush();
		events.publishEvent(new ExerciseSessionDeleted(patientId, sessionId, session.getDate()));
	}

	@Transactional(readOnly = true)
	public StoredSession find(long patientId, long sessionId) {
		return stored(owned(patientId, sessionId), catalogue.entries());
	}

	@Transactional(readOnly = true)
	public Page<StoredSession> page(long patientId, @Nullable ExerciseType type, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), size, NEWEST_FIRST);
		Page<ExerciseSessionEntity> found = type == null ? sessions.findByPatientId(patientId, request)
				: sessions.findByPatientIdAndType(patientId, type, request);
		Catalogue.Entries entries = catalogue.entries();
		return found.map(session -> stored(session, entries));
	}

	/** The sessions dated from {@code from} to {@code to}, both included, oldest first. */
	@Transactional(readOnly = true)
	public List<StoredSession> between(long patientId, LocalDate from, LocalDate to) {
		Catalogue.Entries entries = catalogue.entries();
		return sessions.findByPatientIdAndDateBetween(patientId, from, to, OLDEST_FIRST)
			.stream()
			.map(session -> stored(session, entries))
			.toList();
	}

	/** Totals per ISO week from {@code from} to {@code to}, whole weeks, optionally one type only. */
	@Transactional(readOnly = true)
	public Map<IsoWeek, WeekTotals> weekTotals(long patientId, IsoWeek from, IsoWeek to, @Nullable ExerciseType type) {
		record Row(LocalDate date, ExerciseType type, @Nullable Integer minutes, int workingSets, int impacts) {
		}
		List<Row> rows = jdbc.sql("""
				select s.session_date, s.type, s.duration_minutes,
				       (select count(*) from exercise_sets x where x.session_id = s.id and not x.warmup) as working_sets,
				       (select coalesce(sum(i.impact_count), 0) from exercise_impacts i where i.session_id = s.id) as impacts
				from exercise_sessions s
				where s.patient_id = :patient and s.session_date between :from and :to
				  and (cast(:type as varchar) is null or s.type = cast(:type as varchar))
				""")
			.param("patient", patientId)
			.param("from", Date.valueOf(from.monday()))
			.param("to", Date.valueOf(to.sunday()))
			.param("type", type == null ? null : type.name())
			.query((rs, n) -> new Row(rs.getDate(1).toLocalDate(), ExerciseType.valueOf(rs.getString(2)),
					(Integer) rs.getObject(3), rs.getInt(4), rs.getInt(5)))
			.list();
		Map<IsoWeek, int[]> sums = new TreeMap<>();
		Map<IsoWeek, Set<LocalDate>> resistanceDays = new HashMap<>();
		for (Row row : rows) {
			IsoWeek week = IsoWeek.of(row.date());
			int[] sum = sums.computeIfAbsent(week, w -> new int[4]);
			sum[0]++;
			sum[1] += row.workingSets();
			sum[2] += row.impacts();
			sum[3] += row.minutes() == null ? 0 : row.minutes();
			if (row.type() == ExerciseType.RESISTANCE) {
				resistanceDays.computeIfAbsent(week, w -> new HashSet<>()).add(row.date());
			}
		}
		Map<IsoWeek, WeekTotals> totals = new TreeMap<>();
		sums.forEach((week, sum) -> totals.put(week, new WeekTotals(week, sum[0],
				resistanceDays.getOrDefault(week, Set.of()).size(), sum[1], sum[2], sum[3])));
		return totals;
	}

	/** The patient's own exercise names, most used first, to offer them again in the form. */
	@Transactional(readOnly = true)
	public List<String> customNames(long patientId) {
		return jdbc.sql("""
				select x.custom_name from exercise_sets x join exercise_sessions s on s.id = x.session_id
				where s.patient_id = :patient and x.custom_name is not null
				group by x.custom_name order by count(*) desc, x.custom_name limit 50
				""").param("patient", patientId).query(String.class).list();
	}

	private ExerciseSessionEntity owned(long patientId, long sessionId) {
		return sessions.findByIdAndPatientId(sessionId, patientId)
			.orElseThrow(() -> RecordNotFoundException.of("Exercise session", sessionId));
	}

	private static StoredSession stored(ExerciseSessionEntity session, Catalogue.Entries entries) {
		return new StoredSession(session.toView(entries), session.getVersion(), session.getSource(),
				session.getUpdatedAt());
	}

}
