package org.bonetrack.exercise.internal;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves many sessions at once (imports, demo data) with JDBC batches: Hibernate cannot batch
 * identity inserts, so ids are reserved from the sequence in one query and every row is sent
 * in three batches (sessions, sets, impacts). Publishes nothing: callers announce what they saved.
 */
@Component
public class SessionBatchWriter {

	private static final String INSERT_SESSION = """
			insert into exercise_sessions (id, patient_id, session_date, start_time, type, duration_minutes, rpe, notes,
			    vest_load_kg, distance_km, steps, source, source_key, import_id, created_at, updated_at, version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
			""";

	private static final String INSERT_SET = """
			insert into exercise_sets (session_id, ordinal, exercise_key, custom_name, reps, load_kg, warmup, rir)
			values (?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private static final String INSERT_IMPACT = """
			insert into exercise_impacts (session_id, ordinal, activity_key, impact_count) values (?, ?, ?, ?)
			""";

	private static final int[] SESSION_TYPES = { Types.BIGINT, Types.BIGINT, Types.DATE, Types.TIME, Types.VARCHAR,
			Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.NUMERIC, Types.NUMERIC, Types.INTEGER, Types.VARCHAR,
			Types.VARCHAR, Types.BIGINT, Types.TIMESTAMP, Types.TIMESTAMP };

	private static final int[] SET_TYPES = { Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
			Types.NUMERIC, Types.BOOLEAN, Types.INTEGER };

	private static final int[] IMPACT_TYPES = { Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.INTEGER };

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SessionBatchWriter(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A session to save and, for imported ones, its key in the exporting app. */
	public record NewSession(ValidSession session, @Nullable String sourceKey) {
	}

	/** Saves the sessions in the caller's transaction and returns their ids, in order. */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Long> insert(long patientId, SessionSource source, @Nullable Long importId, List<NewSession> sessions) {
		if (sessions.isEmpty()) {
			return List.of();
		}
		List<Long> ids = jdbc.queryForList(
				"select nextval(pg_get_serial_sequence('exercise_sessions', 'id')) from generate_series(1, ?)", Long.class,
				sessions.size());
		Timestamp now = Timestamp.from(clock.instant());
		List<Object[]> sessionRows = new ArrayList<>(sessions.size());
		List<Object[]> setRows = new ArrayList<>();
		List<Object[]> impactRows = new ArrayList<>();
		for (int i = 0; i < sessions.size(); i++) {
			long id = ids.get(i);
			ValidSession session = sessions.get(i).session();
			sessionRows.add(new Object[] { id, patientId, Date.valueOf(session.date()),
					session.startTime() == null ? null : Time.valueOf(session.startTime()), session.type().name(),
					session.durationMinutes(), session.rpe(), session.notes(), session.vestLoadKg(), session.distanceKm(),
					session.steps(), source.name(), sessions.get(i).sourceKey(), importId, now, now });
			for (int ordinal = 0; ordinal < session.sets().size(); ordinal++) {
				ValidSession.Set set = session.sets().get(ordinal);
				setRows.add(new Object[] { id, ordinal, set.exerciseKey(), set.customName(), set.reps(), set.loadKg(),
						set.warmup(), set.rir() });
			}
			for (int ordinal = 0; ordinal < session.impacts().size(); ordinal++) {
				ValidSession.Impact impact = session.impacts().get(ordinal);
				impactRows.add(new Object[] { id, ordinal, impact.activityKey(), impact.count() });
			}
		}
		// Types given, so that null values need no metadata round trip.
		jdbc.batchUpdate(INSERT_SESSION, sessionRows, SESSION_TYPES);
		if (!setRows.isEmpty()) {
			jdbc.batchUpdate(INSERT_SET, setRows, SET_TYPES);
		}
		if (!impactRows.isEmpty()) {
			jdbc.batchUpdate(INSERT_IMPACT, impactRows, IMPACT_TYPES);
		}
		return ids;
	}

}
