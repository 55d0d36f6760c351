package org.bonetrack.dexa;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database refuses what the service refuses, whatever writes to it. */
@IntegrationTest
class DexaSchemaTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestPeople people;

	@Autowired
	TransactionTemplate transactions;

	private long scanId;

	@BeforeEach
	void aScan() {
		long patientId = people.patient().id();
		Timestamp now = Timestamp.from(Instant.now());
		scanId = jdbc.queryForObject("""
				insert into dexa_scans (patient_id, scan_date, facility, manufacturer, created_at, updated_at)
				values (?, ?, 'Test centre', 'HOLOGIC', ?, ?) returning id
				""", Long.class, patientId, Date.valueOf(LocalDate.of(2024, 1, 15)), now, now);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", value = {
			"BMD below 0.2         | LUMBAR_SPINE | -     | L1-L4 | 0.150 | -     | -",
			"BMD above 2.0         | TOTAL_HIP    | LEFT  | -     | 2.100 | -     | -",
			"T-score below -6      | TOTAL_HIP    | LEFT  | -     | 0.800 | -6.50 | -",
			"Z-score above 6       | TOTAL_HIP    | LEFT  | -     | 0.800 | -     | 6.10",
			"spine without vertebrae | LUMBAR_SPINE | -   | -     | 0.900 | -     | -",
			"spine with a side     | LUMBAR_SPINE | LEFT  | L1-L4 | 0.900 | -     | -",
			"hip without a side    | TOTAL_HIP    | -     | -     | 0.800 | -     | -",
			"neck with vertebrae   | FEMORAL_NECK | LEFT  | L1-L4 | 0.700 | -     | -",
			"vertebrae not lumbar  | LUMBAR_SPINE | -     | T12-L4 | 0.900 | -    | -",
			"unknown site          | KNEE         | -     | -     | 0.900 | -     | -" })
	void aSiteResultOutsideTheRulesIsRefused(String rule, String site, String side, String vertebrae, String bmd,
			String tScore, String zScore) {
		assertThatThrownBy(() -> insertSite(site, side, vertebrae, bmd, tScore, zScore))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "the same hip side twice | TOTAL_HIP | LEFT", "the spine twice | LUMBAR_SPINE | -" },
			nullValues = "-")
	void aSiteAndSideAppearOncePerScan(String rule, String site, String side) {
		String vertebrae = side == null ? "L1-L4" : null;
		assertThatCode(() -> insertSite(site, side, vertebrae, "0.900", null, null)).doesNotThrowAnyException();

		assertThatThrownBy(() -> insertSite(site, side, vertebrae, "0.910", null, null))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private void insertSite(String site, String side, String vertebrae, String bmd, String tScore, String zScore) {
		jdbc.update("""
				insert into dexa_site_results (scan_id, site, side, vertebrae, bmd, t_score, z_score)
				values (?, ?, ?, ?, ?::numeric, ?::numeric, ?::numeric)
				""", scanId, site, side, vertebrae, bmd, tScore, zScore);
	}

}
