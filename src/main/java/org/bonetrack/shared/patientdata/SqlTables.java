package org.bonetrack.shared.patientdata;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/** Builds a {@link DataTable} from a query of the patient's rows, columns named as selected. */
public final class SqlTables {

	private SqlTables() {
	}

	public static DataTable query(JdbcTemplate jdbc, String name, String sql, Object... args) {
		List<String> columns = new ArrayList<>();
		List<List<@Nullable Object>> rows = new ArrayList<>();
		jdbc.query(sql, resultSet -> {
			int count = resultSet.getMetaData().getColumnCount();
			if (columns.isEmpty()) {
				for (int i = 1; i <= count; i++) {
					columns.add(resultSet.getMetaData().getColumnLabel(i));
				}
			}
			List<@Nullable Object> row = new ArrayList<>(count);
			for (int i = 1; i <= count; i++) {
				row.add(resultSet.getObject(i));
			}
			rows.add(row);
		}, args);
		if (columns.isEmpty()) {
			jdbc.query(sql + " limit 0", (org.springframework.jdbc.core.ResultSetExtractor<Void>) resultSet -> {
				for (int i = 1; i <= resultSet.getMetaData().getColumnCount(); i++) {
					columns.add(resultSet.getMetaData().getColumnLabel(i));
				}
				return null;
			}, args);
		}
		return new DataTable(name, columns, rows);
	}

}
