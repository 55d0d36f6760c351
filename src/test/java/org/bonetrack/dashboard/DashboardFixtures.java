package org.bonetrack.dashboard;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.JdbcTemplate;

/** Made-up patient data in the real shape, written straight into the tables for dashboard tests. */
public final class DashboardFixtures {

	private final JdbcTemplate jdbc;

	public DashboardFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public DashboardFixtures profile(long patientId, LocalDate birthDate, LocalDate anastrozoleStart) {
		jdbc.update("update patient_profiles set birth_date = ?, anastrozole_start = ?, height_cm = 165 where patient_id = ?",
				birthDate, anastrozoleStart, patientId);
		return this;
	}

	public DashboardFixtures context(long patientId, String column) {
		jdbc.update("update patient_profiles set " + column + " = true where patient_id = ?", patientId);
		return this;
	}

	public DashboardFixtures weight(long patientId, LocalDate on, String kg) {
		jdbc.update("insert into body_weights (patient_id, measured_on, weight_kg, created_at) values (?, ?, ?, now())",
				patientId, on, new BigDecimal(kg));
		return this;
	}

	/** A Hologic scan with spine, both total hips and both femoral necks at the given BMD and T-score. */
	public long scan(long patientId, LocalDate date, String bmd, String tScore) {
		Long scanId = jdbc.queryForObject("""
				insert into dexa_scans (patient_id, scan_date, facility, manufacturer, model, created_at, updated_at)
				values (?, ?, 'City Imaging', 'HOLOGIC', 'Horizon A', now(), now()) returning id""", Long.class,
				patientId, date);
		jdbc.update("""
				insert into dexa_site_results (scan_id, site, side, vertebrae, bmd, t_score)
				values (?, 'LUMBAR_SPINE', null, 'L1-L4', ?, ?), (?, 'TOTAL_HIP', 'LEFT', null, ?, ?),
				       (?, 'FEMORAL_NECK', 'LEFT', null, ?, ?)""", scanId, new BigDecimal(bmd), new BigDecimal(tScore),
				scanId, new BigDecimal(bmd), new BigDecimal(tScore), scanId, new BigDecimal(bmd),
				new BigDecimal(tScore));
		return scanId;
	}

	public DashboardFixtures walk(long patientId, LocalDate on) {
		jdbc.update("""
				insert into exercise_sessions (patient_id, session_date, type, duration_minutes, source, created_at, updated_at)
				values (?, ?, 'WALK', 30, 'MANUAL', now(), now())""", patientId, on);
		return this;
	}

	public DashboardFixtures manualNutrition(long patientId, LocalDate on, boolean supplemental, String calciumMg,
			String vitaminKUg) {
		jdbc.update("""
				insert into nutrition_entries (patient_id, eaten_on, kind, label, supplemental, calcium_mg, vitamin_k_ug,
				    protein_g, created_at, updated_at)
				values (?, ?, 'MANUAL', 'Test meal', ?, ?, ?, 20, now(), now())""", patientId, on, supplemental,
				new BigDecimal(calciumMg), new BigDecimal(vitaminKUg));
		return this;
	}

	/** A stored complete week (week starting on the Monday given) with its total. */
	public DashboardFixtures week(long patientId, LocalDate monday, int total, boolean upperLimitWarning) {
		jdbc.update("""
				insert into weekly_scores (patient_id, week_start, total, loading, nutrition, findings, rule_set_version,
				    in_progress, low_impact_plan, upper_limit_warning, computed_at)
				values (?, ?, ?, ?, ?, '[]'::jsonb, 1, false, false, ?, ?)
				on conflict (patient_id, week_start) do update set total = excluded.total,
				    upper_limit_warning = excluded.upper_limit_warning""", patientId, monday, total, total, total,
				upperLimitWarning, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
		return this;
	}

}
