package org.bonetrack.accounts.internal;

import java.util.List;

import org.bonetrack.shared.patientdata.DataTable;
import org.bonetrack.shared.patientdata.PatientDataSection;
import org.bonetrack.shared.patientdata.SqlTables;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who the patient is to BoneTrack (name, e-mail, when the account was opened), so her export
 * says whose data it is. Erasure leaves the account row to the erasure flow, which disables it:
 * the e-mail stays as the sign-in identity and nothing in it is health data.
 */
@Component
class AccountDataSection implements PatientDataSection {

	private final JdbcTemplate jdbc;

	AccountDataSection(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<DataTable> export(long patientId) {
		return List.of(SqlTables.query(jdbc, "account",
				"select display_name as name, email, created_at as account_opened_at from users where id = ?", patientId));
	}

	@Override
	public void erase(long patientId) {
		// the account is disabled, not deleted, by the erasure itself
	}

}
