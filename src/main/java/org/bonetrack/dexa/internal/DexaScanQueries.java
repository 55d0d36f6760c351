package org.bonetrack.dexa.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bonetrack.dexa.DexaScan;
import org.bonetrack.dexa.DexaSite;
import org.bonetrack.dexa.Manufacturer;
import org.bonetrack.dexa.Side;
import org.bonetrack.dexa.SiteResult;
import org.bonetrack.dexa.Vertebrae;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads scans with their sites for the read side (analysis, lists, pages): one plain SQL query per
 * call whatever the number of patients, mapped straight to {@link DexaScan} records without
 * entities. The write side ({@link DexaScanService}) keeps its entities.
 */
@Component
public class DexaScanQueries {

	/**
	 * Every scan of the patients with its sites (a scan without sites still comes, once), oldest
	 * first per patient by date then id, sites in the order they were stored.
	 */
	private static final String SCANS_WITH_SITES = """
			select s.patient_id, s.id, s.version, s.scan_date, s.facility, s.manufacturer, s.model,
			       r.id as result_id, r.site, r.side, r.vertebrae, r.bmd, r.t_score, r.z_score, r.lsc_gcm2
			from dexa_scans s
			left join dexa_site_results r on r.scan_id = s.id
			where %s
			order by s.patient_id, s.scan_date, s.id, r.id""";

	private static final String OF_PATIENTS = SCANS_WITH_SITES.formatted("s.patient_id = any(cast(:patients as bigint[]))");

	/**
	 * The same for one patient, as a statement of its own: PostgreSQL caches one plan per prepared
	 * statement and connection, and once the care-team lists (hundreds of patients) had made the
	 * shared statement's plan generic, a single patient's scans came from a hash join over every
	 * site result in the database (2 ms with 1,000 patients, growing with the population) instead
	 * of a few index probes (0.1 ms).
	 */
	private static final String OF_ONE_PATIENT = SCANS_WITH_SITES.formatted("s.patient_id = :patient");

	private final JdbcClient jdbc;

	DexaScanQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One patient's scans, oldest first. */
	public List<DexaScan> scans(long patientId) {
		return scansOf(List.of(patientId)).getOrDefault(patientId, List.of());
	}

	/** Several patients' scans, oldest first per patient; patients without scans are absent. */
	public Map<Long, List<DexaScan>> scansOf(Collection<Long> patientIds) {
		if (patientIds.isEmpty()) {
			return Map.of();
		}
		Reader reader = new Reader();
		if (patientIds.size() == 1) {
			jdbc.sql(OF_ONE_PATIENT).param("patient", patientIds.iterator().next()).query(reader::row);
		}
		else {
			jdbc.sql(OF_PATIENTS).param("patients", patientIds.toArray(Long[]::new)).query(reader::row);
		}
		return reader.finish();
	}

	/** Folds the joined rows (one per site result) into scans, in the order they come. */
	private static final class Reader {

		private final Map<Long, List<DexaScan>> byPatient = new LinkedHashMap<>();

		private long patientId;

		private long scanId;

		private long version;

		private LocalDate date;

		private String facility;

		private Manufacturer manufacturer;

		private @Nullable String model;

		/** The sites of the scan being read; null before the first row. */
		private @Nullable List<SiteResult> sites;

		void row(ResultSet rs) throws SQLException {
			long rowScanId = rs.getLong("id");
			if (sites == null || rowScanId != scanId) {
				flush();
				patientId = rs.getLong("patient_id");
				scanId = rowScanId;
				version = rs.getLong("version");
				date = rs.getObject("scan_date", LocalDate.class);
				facility = rs.getString("facility");
				manufacturer = Manufacturer.valueOf(rs.getString("manufacturer"));
				model = rs.getString("model");
				sites = new ArrayList<>(6);
			}
			rs.getLong("result_id");
			if (!rs.wasNull()) {
				String side = rs.getString("side");
				String vertebrae = rs.getString("vertebrae");
				sites.add(new SiteResult(DexaSite.valueOf(rs.getString("site")), side == null ? null : Side.valueOf(side),
						vertebrae == null ? null : Vertebrae.of(vertebrae), rs.getBigDecimal("bmd"),
						rs.getBigDecimal("t_score"), rs.getBigDecimal("z_score"), rs.getBigDecimal("lsc_gcm2")));
			}
		}

		Map<Long, List<DexaScan>> finish() {
			flush();
			return byPatient;
		}

		private void flush() {
			if (sites != null) {
				byPatient.computeIfAbsent(patientId, id -> new ArrayList<>())
					.add(new DexaScan(scanId, version, date, facility, manufacturer, model, sites));
				sites = null;
			}
		}

	}

}
