package org.bonetrack.exercise.internal;

import java.math.BigDecimal;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bonetrack.exercise.ExerciseSessionView;
import org.bonetrack.exercise.ExerciseSetView;
import org.bonetrack.exercise.ExerciseType;
import org.bonetrack.exercise.ImpactView;
import org.bonetrack.shared.DaySpans;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the sessions of many patients at once for scoring and the dashboard: three queries
 * (sessions, sets, impacts with their catalogue peak force) whatever the number of patients or
 * sessions, instead of one entity graph per session. Each query reads only the spans asked for,
 * one index range per span, so a batch of weeks spread over a year does not read the year.
 */
@Component
public class SessionBatchReader {

	private static final String SESSIONS_IN_SPANS = """
			 unnest(cast(:patients as bigint[]), cast(:firstDays as date[]), cast(:lastDays as date[]))
			     as w(patient_id, first_day, last_day)
			join exercise_sessions s on s.patient_id = w.patient_id and s.session_date between w.first_day and w.last_day
			""";

	private final JdbcClient jdbc;

	SessionBatchReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Each patient's sessions in the range (both ends included), oldest first; patients without any are absent. */
	@Transactional(readOnly = true)
	public Map<Long, List<ExerciseSessionView>> sessions(Collection<Long> patientIds, LocalDate from, LocalDate to) {
		return sessions(DaySpans.ofRange(patientIds, from, to));
	}

	/** Each patient's sessions in her spans, oldest first; patients without any are absent. */
	@Transactional(readOnly = true)
	public Map<Long, List<ExerciseSessionView>> sessions(DaySpans spans) {
		if (spans.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<ExerciseSetView>> sets = new HashMap<>();
		inSpans("select x.session_id, x.exercise_key, x.custom_name, x.reps, x.load_kg, x.warmup, x.rir from"
				+ SESSIONS_IN_SPANS + "join exercise_sets x on x.session_id = s.id order by x.session_id, x.ordinal", spans)
			.query(rs -> {
				sets.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new ExerciseSetView(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBigDecimal(5),
							rs.getBoolean(6), (Integer) rs.getObject(7)));
			});
		Map<Long, List<ImpactView>> impacts = new HashMap<>();
		inSpans("select i.session_id, i.activity_key, i.impact_count, c.peak_force_bw from" + SESSIONS_IN_SPANS
				+ "join exercise_impacts i on i.session_id = s.id left join exercise_catalogue c on c.key = i.activity_key "
				+ "order by i.session_id, i.ordinal", spans)
			.query(rs -> {
				BigDecimal force = rs.getBigDecimal(4);
				impacts.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new ImpactView(rs.getString(2), rs.getInt(3), force == null ? BigDecimal.ZERO : force));
			});
		Map<Long, List<ExerciseSessionView>> found = new LinkedHashMap<>();
		inSpans("select s.id, s.patient_id, s.session_date, s.start_time, s.type, s.duration_minutes, s.rpe, s.notes, "
				+ "s.vest_load_kg, s.distance_km, s.steps from" + SESSIONS_IN_SPANS
				+ "order by s.patient_id, s.session_date, s.start_time nulls first, s.id", spans)
			.query(rs -> {
				long id = rs.getLong(1);
				Time start = rs.getTime(4);
				LocalTime startTime = start == null ? null : start.toLocalTime();
				found.computeIfAbsent(rs.getLong(2), patient -> new ArrayList<>())
					.add(new ExerciseSessionView(id, rs.getDate(3).toLocalDate(), startTime,
							ExerciseType.valueOf(rs.getString(5)), (Integer) rs.getObject(6), (Integer) rs.getObject(7),
							rs.getString(8), sets.getOrDefault(id, List.of()), impacts.getOrDefault(id, List.of()),
							rs.getBigDecimal(9), rs.getBigDecimal(10), (Integer) rs.getObject(11)));
			});
		return found;
	}

	private JdbcClient.StatementSpec inSpans(String sql, DaySpans spans) {
		return jdbc.sql(sql)
			.param("patients", spans.patients())
			.param("firstDays", spans.firstDays())
			.param("lastDays", spans.lastDays());
	}

}
