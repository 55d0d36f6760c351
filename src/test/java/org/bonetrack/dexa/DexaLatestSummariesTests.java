package org.bonetrack.dexa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.dexa.internal.DexaScanService;
import org.bonetrack.dexa.internal.LatestDexaSummaries;
import org.bonetrack.dexa.internal.ScanCommand;
import org.bonetrack.dexa.internal.ScanCommand.SiteCommand;
import org.bonetrack.patients.Patients;
import org.bonetrack.patients.internal.ProfileService;
import org.bonetrack.patients.internal.ProfileUpdate;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.shared.VitaminDUnit;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.StatementCounter;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored latest summaries behind {@link DexaResults#latest(java.util.Collection, Map)}: kept
 * exact by every change of the scans, never served when computed with other inputs, filled in by
 * the catch-up, and read without the scans.
 */
@IntegrationTest
class DexaLatestSummariesTests {

	private static final LscDefaults LENIENT = new LscDefaults(new BigDecimal("8"), new BigDecimal("8"),
			new BigDecimal("8"), new BigDecimal("8"));

	@Autowired
	DexaResults results;

	@Autowired
	DexaScanService scans;

	@Autowired
	LatestDexaSummaries summaries;

	@Autowired
	ProfileService profiles;

	@Autowired
	Patients patients;

	@Autowired
	TestPeople people;

	@Autowired
	StatementCounter counter;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void afterEachRecordEditDeleteAndImportTheStoredSummariesAreWhatTheLiveAnalysisGives() {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		AuthenticatedUser other = people.patientOf(clinician);
		startedAnastrozole(patient, LocalDate.of(2023, 6, 1));
		List<Long> ids = List.of(patient.id(), other.id());

		long first = record(patient, clinician, "2023-06-20", "0.990");
		record(other, clinician, "2024-01-15", "0.950");
		assertServedFromStoredRowsAsLive(ids);

		long second = record(patient, clinician, "2024-06-10", "0.930");
		record(other, clinician, "2025-02-15", "0.880");
		assertServedFromStoredRowsAsLive(ids);

		scans.update(patient.id(), second, null, command("2024-06-10", "0.880", Manufacturer.HOLOGIC));
		assertServedFromStoredRowsAsLive(ids);

		scans.delete(patient.id(), first, null);
		assertServedFromStoredRowsAsLive(ids);

		// a later scan on another manufacturer's scanner: not comparable with the baseline
		scans.importScans(patient.id(), clinician.id(),
				List.of(scans.validate(patient.id(), command("2025-05-01", "0.850", Manufacturer.GE_LUNAR)),
						scans.validate(patient.id(), command("2025-01-01", "0.870", Manufacturer.HOLOGIC))));
		assertServedFromStoredRowsAsLive(ids);
		assertThat(results.latest(patient.id()).orElseThrow().date()).isEqualTo("2025-05-01");

		for (DexaScan scan : scans.scans(patient.id())) {
			scans.delete(patient.id(), scan.id(), null);
		}
		assertServedFromStoredRowsAsLive(ids);
		assertThat(results.latest(ids, patients.anastrozoleStarts(ids))).containsOnlyKeys(other.id());
	}

	@Test
	void aRowComputedWithAnotherAnastrozoleStartOrOtherLscDefaultsIsNotServed() {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		record(patient, clinician, "2024-01-15", "0.950");
		record(patient, clinician, "2025-02-15", "0.880");
		List<Long> ids = List.of(patient.id());
		DexaSummary withoutStart = results.latest(ids, Map.of()).get(patient.id());
		assertThat(withoutStart.sinceBaseline()).isNotEmpty();
		assertThat(withoutStart.significantLossSincePrevious()).isTrue();

		// a start after the first scan makes the second the baseline: nothing since baseline
		startedAnastrozole(patient, LocalDate.of(2024, 6, 1));
		Map<Long, LocalDate> starts = patients.anastrozoleStarts(ids);
		assertThat(summaries.read(ids, starts, results.lscDefaults()).toAnalyse()).containsExactly(patient.id());
		assertThat(summaries.readBriefs(ids, starts, results.lscDefaults()).toAnalyse()).containsExactly(patient.id());
		assertThat(results.latest(ids, starts)).containsEntry(patient.id(), results.latest(patient.id()).orElseThrow());
		assertThat(results.latest(ids, starts).get(patient.id()).sinceBaseline()).isEmpty();

		// −7.4 % is within a lenient 8 %
		assertThat(summaries.read(ids, Map.of(), LENIENT).toAnalyse()).containsExactly(patient.id());
		DexaSummary lenient = results.latest(ids, Map.of(), LENIENT).get(patient.id());
		assertThat(lenient.significantLossSincePrevious()).isFalse();
		assertThat(lenient).isNotEqualTo(withoutStart);
	}

	@Test
	void theCatchUpStoresMissingRowsAndReplacesStaleOnes() {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		record(patient, clinician, "2024-01-15", "0.950");
		record(patient, clinician, "2025-02-15", "0.880");
		List<Long> ids = List.of(patient.id());
		// as after loading scans with COPY
		jdbc.update("delete from dexa_latest_summaries where patient_id = ?", patient.id());
		assertThat(summaries.read(ids, Map.of(), results.lscDefaults()).toAnalyse()).containsExactly(patient.id());

		catchUp(results.lscDefaults());
		assertServedFromStoredRowsAsLive(ids);

		startedAnastrozole(patient, LocalDate.of(2024, 6, 1));
		catchUp(results.lscDefaults());
		assertServedFromStoredRowsAsLive(ids);

		catchUp(LENIENT);
		LatestDexaSummaries.Stored<DexaSummary> lenient = summaries.read(ids, patients.anastrozoleStarts(ids), LENIENT);
		assertThat(lenient.toAnalyse()).isEmpty();
		assertThat(lenient.current()).containsEntry(patient.id(), results.latest(patient.id(), LENIENT).orElseThrow());
	}

	@Test
	void theBatchReadOfPatientsWithStoredSummariesIsOneStatementThatDoesNotReadTheirScans() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		List<Long> ids = new ArrayList<>();
		for (int index = 0; index < 20; index++) {
			AuthenticatedUser patient = people.patientOf(clinician);
			record(patient, clinician, "2024-01-15", "0.950");
			record(patient, clinician, "2025-02-15", "0.880");
			ids.add(patient.id());
		}
		ids.add(people.patientOf(clinician).id());
		Map<Long, LocalDate> starts = patients.anastrozoleStarts(ids);
		Map<Long, DexaSummary> before = results.latest(ids, starts);

		// changed behind the service's back: the stored rows do not know, which shows they are what is read
		jdbc.update("""
				update dexa_site_results set bmd = 0.500 where site = 'LUMBAR_SPINE'
				and scan_id in (select id from dexa_scans where patient_id = ?)""", ids.get(0));
		StatementCounter.Counted<Map<Long, DexaSummary>> read = counter.count(() -> results.latest(ids, starts));

		assertThat(read.statements()).isEqualTo(1);
		assertThat(read.result()).hasSize(20).isEqualTo(before);
		assertThat(results.latest(ids.get(0)).orElseThrow()).isNotEqualTo(before.get(ids.get(0)));
		StatementCounter.Counted<Map<Long, DexaBrief>> briefs = counter.count(() -> results.latestBriefs(ids, starts));
		assertThat(briefs.statements()).isEqualTo(1);
		assertThat(briefs.result()).hasSize(20).containsEntry(ids.get(0), DexaBrief.of(before.get(ids.get(0))));
	}

	/** The batch read takes every patient's summary from her stored row, and it is the live one. */
	private void assertServedFromStoredRowsAsLive(List<Long> ids) {
		Map<Long, LocalDate> starts = patients.anastrozoleStarts(ids);
		Map<Long, DexaSummary> live = new LinkedHashMap<>();
		for (long patientId : ids) {
			results.latest(patientId).ifPresent(summary -> live.put(patientId, summary));
		}
		LatestDexaSummaries.Stored<DexaSummary> stored = summaries.read(ids, starts, results.lscDefaults());
		assertThat(stored.toAnalyse()).isEmpty();
		assertThat(stored.current()).isEqualTo(live);
		assertThat(results.latest(ids, starts)).isEqualTo(live);
		// the briefs come from the row's columns, not its JSON: they must say the same
		Map<Long, DexaBrief> liveBriefs = new LinkedHashMap<>();
		live.forEach((patientId, summary) -> liveBriefs.put(patientId, DexaBrief.of(summary)));
		LatestDexaSummaries.Stored<DexaBrief> briefs = summaries.readBriefs(ids, starts, results.lscDefaults());
		assertThat(briefs.toAnalyse()).isEmpty();
		assertThat(briefs.current()).isEqualTo(liveBriefs);
		assertThat(results.latestBriefs(ids, starts)).isEqualTo(liveBriefs);
	}

	/** Until nothing is left: the test database holds other tests' patients too. */
	private void catchUp(LscDefaults defaults) {
		for (int run = 0; run < 100 && summaries.catchUp(defaults, 500) > 0; run++) {
		}
	}

	private void startedAnastrozole(AuthenticatedUser patient, LocalDate start) {
		profiles.update(patient.id(), new ProfileUpdate(null, null, null, start, "UTC", MassUnit.KG, VitaminDUnit.UG));
	}

	private long record(AuthenticatedUser patient, AuthenticatedUser clinician, String date, String spineBmd) {
		return scans.record(patient.id(), clinician.id(), command(date, spineBmd, Manufacturer.HOLOGIC)).id();
	}

	private static ScanCommand command(String date, String spineBmd, Manufacturer manufacturer) {
		return new ScanCommand(LocalDate.parse(date), "Northgate Imaging", manufacturer, null,
				List.of(new SiteCommand(DexaSite.LUMBAR_SPINE, null, "L1-L4", new BigDecimal(spineBmd),
						new BigDecimal("-1.1"), null, null),
						new SiteCommand(DexaSite.TOTAL_HIP, Side.LEFT, null, new BigDecimal("0.800"), null, null, null),
						new SiteCommand(DexaSite.FEMORAL_NECK, Side.LEFT, null, new BigDecimal("0.700"), null, null,
								null)));
	}

}
