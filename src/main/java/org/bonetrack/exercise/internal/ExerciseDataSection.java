package org.bonetrack.exercise.internal;

import java.util.List;

import org.bonetrack.shared.patientdata.DataTable;
import org.bonetrack.shared.patientdata.PatientDataSection;
import org.bonetrack.shared.patientdata.SqlTables;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The patient's exercise sessions with their sets and impacts, for export and erasure. */
@Component
class ExerciseDataSection implements PatientDataSection {

	private final JdbcTemplate jdbc;

	ExerciseDataSection(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<DataTable> export(long patientId) {
		return List.of(SqlTables.query(jdbc, "exercise_sessions", """
				select id as session_id, session_date as date, start_time, type, duration_minutes, rpe, notes,
				       vest_load_kg, distance_km, steps, source
				from exercise_sessions where patient_id = ? order by session_date, id
				""", patientId), SqlTables.query(jdbc, "exercise_sets", """
				select s.session_id, e.session_date as date, s.ordinal, coalesce(s.exercise_key, s.custom_name) as exercise,
				       s.reps, s.load_kg, s.warmup, s.rir
				from exercise_sets s join exercise_sessions e on e.id = s.session_id
				where e.patient_id = ? order by e.session_date, s.session_id, s.ordinal
				""", patientId), SqlTables.query(jdbc, "exercise_impacts", """
				select i.session_id, e.session_date as date, i.ordinal, i.activity_key as activity, i.impact_count as impacts
				from exercise_impacts i join exercise_sessions e on e.id = i.session_id
				where e.patient_id = ? order by e.session_date, i.session_id, i.ordinal
				""", patientId));
	}

	@Override
	public void erase(long patientId) {
		// sets and impacts go with their sessions (on delete cascade)
		jdbc.update("delete from exercise_sessions where patient_id = ?", patientId);
		jdbc.update("delete from exercise_imports where patient_id = ?", patientId);
		jdbc.update("delete from exercise_name_choices where patient_id = ?", patientId);
	}

}
