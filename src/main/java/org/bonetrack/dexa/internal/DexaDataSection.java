package org.bonetrack.dexa.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bonetrack.dexa.DexaResults;
import org.bonetrack.dexa.DexaScanView;
import org.bonetrack.dexa.DexaSiteView;
import org.bonetrack.shared.patientdata.DataTable;
import org.bonetrack.shared.patientdata.PatientDataSection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The patient's DEXA scans and site results, for export and erasure. */
@Component
class DexaDataSection implements PatientDataSection {

	private final DexaResults results;

	private final JdbcTemplate jdbc;

	private final LatestDexaSummaries summaries;

	DexaDataSection(DexaResults results, JdbcTemplate jdbc, LatestDexaSummaries summaries) {
		this.results = results;
		this.jdbc = jdbc;
		this.summaries = summaries;
	}

	@Override
	public List<DataTable> export(long patientId) {
		List<List<Object>> scans = new ArrayList<>();
		List<List<Object>> sites = new ArrayList<>();
		for (DexaScanView scan : results.scans(patientId)) {
			scans.add(Arrays.asList(scan.id(), scan.date(), scan.facility(), scan.manufacturer(), scan.model(),
					scan.whoCategory(), scan.lowestTScore()));
			for (DexaSiteView site : scan.sites()) {
				sites.add(Arrays.asList(scan.id(), scan.date(), site.site(), site.side(), site.vertebrae(), site.bmd(),
						site.tScore(), site.tScoreComputed(), site.zScore(), site.lscGcm2()));
			}
		}
		return List.of(
				new DataTable("dexa_scans",
						List.of("scan_id", "date", "facility", "manufacturer", "model", "who_category", "lowest_t_score"),
						scans),
				new DataTable("dexa_site_results", List.of("scan_id", "date", "site", "side", "vertebrae", "bmd_g_cm2",
						"t_score", "t_score_computed", "z_score", "facility_lsc_g_cm2"), sites));
	}

	@Override
	public void erase(long patientId) {
		// Site results go with their scans (on delete cascade).
		jdbc.update("delete from dexa_scans where patient_id = ?", patientId);
		summaries.forget(patientId);
	}

}
