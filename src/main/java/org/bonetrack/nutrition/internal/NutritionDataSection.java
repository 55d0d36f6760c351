package org.bonetrack.nutrition.internal;

import java.util.List;

import org.bonetrack.shared.patientdata.DataTable;
import org.bonetrack.shared.patientdata.PatientDataSection;
import org.bonetrack.shared.patientdata.SqlTables;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The patient's nutrition entries with what each contributed, for export and erasure. */
@Component
class NutritionDataSection implements PatientDataSection {

	private final JdbcTemplate jdbc;

	NutritionDataSection(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<DataTable> export(long patientId) {
		return List.of(SqlTables.query(jdbc, "nutrition_entries", """
				select e.id as entry_id, e.eaten_on as date, e.kind, coalesce(f.description, p.name, e.label) as what,
				       e.grams, e.portions, e.servings, e.supplemental, e.source,
				       round(a.calcium_mg, 2) as calcium_mg, round(a.vitamin_d_ug, 2) as vitamin_d_ug,
				       round(a.vitamin_k_ug, 2) as vitamin_k_ug, round(a.magnesium_mg, 2) as magnesium_mg,
				       round(a.epa_dha_mg, 2) as epa_dha_mg, round(a.protein_g, 2) as protein_g
				from nutrition_entries e
				join nutrition_entry_amounts a on a.id = e.id
				left join foods f on f.id = e.food_id
				left join supplement_presets p on p.id = e.supplement_id
				where e.patient_id = ? order by e.eaten_on, e.id
				""", patientId));
	}

	@Override
	public void erase(long patientId) {
		jdbc.update("delete from nutrition_entries where patient_id = ?", patientId);
		jdbc.update("delete from nutrition_imports where patient_id = ?", patientId);
	}

}
