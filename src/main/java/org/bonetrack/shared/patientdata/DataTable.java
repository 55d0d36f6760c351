package org.bonetrack.shared.patientdata;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A named table of a patient's data: becomes one CSV file and one array of the JSON document. */
public record DataTable(String name, List<String> columns, List<List<@Nullable Object>> rows) {

	public DataTable {
		for (List<@Nullable Object> row : rows) {
			if (row.size() != columns.size()) {
				throw new IllegalArgumentException("Row of " + row.size() + " values in table " + name + " of "
						+ columns.size() + " columns");
			}
		}
	}

}
