package org.bonetrack.scoring.internal;

import java.util.List;

import org.bonetrack.shared.patientdata.DataTable;
import org.bonetrack.shared.patientdata.PatientDataSection;
import org.bonetrack.shared.patientdata.SqlTables;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The patient's stored weekly scores, for export and erasure (with her weeks waiting to be scored). */
@Component
class ScoringDataSection implements PatientDataSection {

	private final JdbcTemplate jdbc;

	ScoringDataSection(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<DataTable> export(long patientId) {
		return List.of(SqlTables.query(jdbc, "weekly_scores", """
				select to_char(week_start, 'IYYY-"W"IW') as week, total, loading, nutrition, rule_set_version,
				       in_progress, upper_limit_warning, computed_at
				from weekly_scores where patient_id = ? order by week_start
				""", patientId));
	}

	@Override
	public void erase(long patientId) {
		jdbc.update("delete from scoring_pending_weeks where patient_id = ?", patientId);
		jdbc.update("delete from weekly_scores where patient_id = ?", patientId);
	}

}
