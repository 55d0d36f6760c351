package org.bonetrack.dexa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.dexa.internal.DexaScanQueries;
import org.bonetrack.dexa.internal.DexaScanService;
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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** The facade other modules use: scans with analysis, and the latest scan in brief for one or many. */
@IntegrationTest
@RecordApplicationEvents
class DexaResultsTests {

	@Autowired
	DexaResults results;

	@Autowired
	DexaScanService scans;

	@Autowired
	ProfileService profiles;

	@Autowired
	TestPeople people;

	@Autowired
	DexaScanQueries queries;

	@Autowired
	Patients patients;

	@Autowired
	StatementCounter counter;

	@Autowired
	ApplicationEvents events;

	@Test
	void scansComeOldestFirstWithTheBaselineFromTheAnastrozoleStart() {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		startedAnastrozole(patient, LocalDate.of(2023, 6, 1));
		record(patient, clinician, "2024-06-10", "0.930");
		record(patient, clinician, "2022-11-02", "0.990");
		record(patient, clinician, "2023-06-20", "0.960");

		List<DexaScanView> views = results.scans(patient.id());

		assertThat(views).extracting(DexaScanView::date)
			.containsExactly(LocalDate.of(2022, 11, 2), LocalDate.of(2023, 6, 20), LocalDate.of(2024, 6, 10));
		assertThat(views).extracting(DexaScanView::baseline).containsExactly(false, true, false);
		BmdChange sinceBaseline = views.get(2).sites().get(0).analysis().sinceBaseline();
		assertThat(sinceBaseline.from()).isEqualTo(LocalDate.of(2023, 6, 20));
		assertThat(sinceBaseline.changeGcm2()).isEqualByComparingTo("-0.030");
	}

	@Test
	void theLatestSummaryGivesTheCategoryTheLowestTScoreAndTheChangesSinceBaseline() {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		record(patient, clinician, "2024-01-15", "0.950");
		long latestId = record(patient, clinician, "2025-02-15", "0.880");

		DexaSummary summary = results.latest(patient.id()).orElseThrow();

		assertThat(summary.scanId()).isEqualTo(latestId);
		assertThat(summary.date()).isEqualTo(LocalDate.of(2025, 2, 15));
		assertThat(summary.whoCategory()).isEqualTo(WhoCategory.OSTEOPENIA);
		// the femoral neck's computed T-score (0.700 − 0.858) / 0.120 = −1.32 is below the spine's −1.1
		assertThat(summary.lowestTScore()).isEqualByComparingTo("-1.32");
		assertThat(summary.lowestTScoreSite()).isEqualTo(new SiteKey(DexaSite.FEMORAL_NECK, Side.LEFT));
		// −0.070 / 0.950 = −7.4 %: beyond the spine's 5.3 %
		assertThat(summary.significantLossSincePrevious()).isTrue();
		assertThat(summary.sinceBaseline()).containsOnlyKeys(new SiteKey(DexaSite.LUMBAR_SPINE, null),
				new SiteKey(DexaSite.FEMORAL_NECK, Side.LEFT));
		assertThat(results.latest(people.patient().id())).isEmpty();
	}

	@Test
	void explicitLscDefaultsReplaceTheConfiguredOnes() {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		record(patient, clinician, "2024-01-15", "0.950");
		record(patient, clinician, "2025-02-15", "0.880");
		LscDefaults lenient = new LscDefaults(new BigDecimal("8"), new BigDecimal("8"), new BigDecimal("8"),
				new BigDecimal("8"));

		assertThat(results.lscDefaults()).isEqualTo(LscDefaults.ISCD_MINIMUM);
		assertThat(results.latest(patient.id(), lenient).orElseThrow().significantLossSincePrevious()).isFalse();
		assertThat(results.scans(patient.id(), lenient).get(1).sites().get(0).analysis().sincePrevious().lscPercent())
			.isEqualByComparingTo("8");
	}

	@Test
	void theLatestOfManyPatientsTakesTheSameFewQueriesForFiveAsForForty() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		List<Long> five = patientsWithTwoScans(clinician, 5);
		List<Long> forty = patientsWithTwoScans(clinician, 40);
		List<Long> withoutScans = List.of(people.patientOf(clinician).id());

		int forFive = statements(() -> assertThat(results.latest(five)).hasSize(5));
		List<Long> fortyAndOneWithout = new ArrayList<>(forty);
		fortyAndOneWithout.addAll(withoutScans);
		StatementCounter.Counted<Map<Long, DexaSummary>> forForty = counter.count(() -> results.latest(fortyAndOneWithout));

		assertThat(forForty.result()).hasSize(40);
		assertThat(forFive).isEqualTo(forForty.statements()).isBetween(1, 2);
		Map<Long, DexaSummary> latest = results.latest(five);
		assertThat(latest.keySet()).containsExactlyElementsOf(five);
		assertThat(latest.values()).allSatisfy(summary -> assertThat(summary.date()).isEqualTo("2025-02-15"));
		assertThat(results.latest(List.of())).isEmpty();
	}

	@Test
	void givenTheAnastrozoleStartsTheLatestOfManyPatientsIsOneStatementAndTheSameSummaries() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		List<Long> ids = new ArrayList<>(patientsWithTwoScans(clinician, 3));
		// a start after the first scan makes the second the baseline: the starts given must count
		AuthenticatedUser lateStart = people.patientOf(clinician);
		startedAnastrozole(lateStart, LocalDate.of(2024, 6, 1));
		record(lateStart, clinician, "2024-01-15", "0.950");
		record(lateStart, clinician, "2025-02-15", "0.900");
		ids.add(lateStart.id());
		ids.add(people.patientOf(clinician).id());
		Map<Long, LocalDate> starts = patients.anastrozoleStarts(ids);

		StatementCounter.Counted<Map<Long, DexaSummary>> given = counter.count(() -> results.latest(ids, starts));

		assertThat(given.statements()).isEqualTo(1);
		assertThat(given.result()).isEqualTo(results.latest(ids)).hasSize(4);
		assertThat(given.result().get(lateStart.id()).sinceBaseline()).isEmpty();
		assertThat(given.result().get(ids.get(0)).sinceBaseline()).isNotEmpty();
		assertThat(results.latest(List.of(), Map.of())).isEmpty();
	}

	@Test
	void theBatchReadGivesEachPatientExactlyWhatHerOwnReadGivesAndLeavesOutPatientsWithoutScans() {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser many = people.patientOf(clinician);
		AuthenticatedUser two = people.patientOf(clinician);
		AuthenticatedUser one = people.patientOf(clinician);
		AuthenticatedUser none = people.patientOf(clinician);
		startedAnastrozole(many, LocalDate.of(2023, 5, 1));
		startedAnastrozole(none, LocalDate.of(2023, 5, 1));
		// recorded out of date order, two on one day; sites not in site order
		long latestOfMany = scans.record(many.id(), clinician.id(), fullScan("2025-06-02", "0.905", "0.020")).id();
		long firstOfMany = scans.record(many.id(), clinician.id(), fullScan("2022-11-02", "0.960", null)).id();
		long sameDayFirst = scans.record(many.id(), clinician.id(), fullScan("2024-06-10", "0.930", "0.025")).id();
		long sameDaySecond = scans.record(many.id(), clinician.id(), new ScanCommand(LocalDate.parse("2024-06-10"),
				"Riverside DEXA", Manufacturer.GE_LUNAR, null,
				List.of(new SiteCommand(DexaSite.TOTAL_HIP, Side.RIGHT, null, new BigDecimal("0.880"), new BigDecimal("-0.9"),
						new BigDecimal("0.4"), null),
						new SiteCommand(DexaSite.LUMBAR_SPINE, null, "L2-L4", new BigDecimal("1.010"), null, null, null))))
			.id();
		record(two, clinician, "2025-02-15", "0.880");
		record(two, clinician, "2024-01-15", "0.950");
		record(one, clinician, "2024-03-01", "0.990");
		List<Long> ids = List.of(none.id(), one.id(), many.id(), two.id());

		Map<Long, List<DexaScan>> batch = queries.scansOf(ids);

		assertThat(batch).containsOnlyKeys(one.id(), many.id(), two.id());
		for (long patientId : batch.keySet()) {
			assertThat(batch.get(patientId)).as("patient %d", patientId)
				.isEqualTo(scans.scans(patientId))
				.isEqualTo(queries.scans(patientId));
		}
		assertThat(queries.scans(none.id())).isEmpty();
		assertThat(batch.get(many.id())).extracting(DexaScan::id)
			.containsExactly(firstOfMany, Math.min(sameDayFirst, sameDaySecond), Math.max(sameDayFirst, sameDaySecond),
					latestOfMany);
		DexaScan full = batch.get(many.id()).get(3);
		// as stored: in the order entered, with the columns' scales (numeric(4,3) and numeric(4,2))
		assertThat(full.sites()).containsExactly(
				new SiteResult(DexaSite.TOTAL_HIP, Side.RIGHT, null, new BigDecimal("0.810"), new BigDecimal("-1.30"),
						new BigDecimal("0.10"), null),
				new SiteResult(DexaSite.LUMBAR_SPINE, null, Vertebrae.of("L1-L2,L4"), new BigDecimal("0.905"),
						new BigDecimal("-1.60"), new BigDecimal("-0.40"), new BigDecimal("0.020")),
				new SiteResult(DexaSite.TOTAL_HIP, Side.LEFT, null, new BigDecimal("0.800"), null, null, null),
				new SiteResult(DexaSite.FEMORAL_NECK, Side.LEFT, null, new BigDecimal("0.690"), null,
						new BigDecimal("-0.70"), null));
		assertThat(full.sites().get(1).vertebrae()).hasToString("L1-L2,L4");
		assertThat(full.facility()).isEqualTo("Northgate Imaging");
		assertThat(full.model()).isEqualTo("Horizon A");

		Map<Long, DexaSummary> latest = results.latest(ids);
		assertThat(latest.keySet()).containsExactly(one.id(), many.id(), two.id());
		for (long patientId : latest.keySet()) {
			assertThat(latest.get(patientId)).isEqualTo(results.latest(patientId).orElseThrow());
			assertThat(results.scans(patientId)).isEqualTo(new DexaAnalysis(results.lscDefaults())
				.analyse(scans.scans(patientId), patients.anastrozoleStarts(List.of(patientId)).get(patientId)));
		}
		assertThat(latest.get(many.id()).scanId()).isEqualTo(latestOfMany);
		assertThat(results.latest(none.id())).isEmpty();
		assertThat(results.scans(none.id())).isEmpty();
	}

	@Test
	void theBatchReadIsOneStatementForTwoPatientsAsForTwenty() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		List<Long> two = patientsWithTwoScans(clinician, 2);
		List<Long> twenty = patientsWithTwoScans(clinician, 20);

		StatementCounter.Counted<Map<Long, List<DexaScan>>> forTwo = counter.count(() -> queries.scansOf(two));
		StatementCounter.Counted<Map<Long, List<DexaScan>>> forTwenty = counter.count(() -> queries.scansOf(twenty));

		assertThat(forTwo.result()).hasSize(2);
		assertThat(forTwenty.result()).hasSize(20).allSatisfy((patientId, scans) -> assertThat(scans).hasSize(2));
		assertThat(forTwo.statements()).isEqualTo(forTwenty.statements()).isEqualTo(1);
		assertThat(statements(() -> results.latest(two))).isEqualTo(statements(() -> results.latest(twenty)));
	}

	@Test
	void eachChangeIsPublishedAsAnEvent() {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);

		long scanId = record(patient, clinician, "2024-01-15", "0.950");
		scans.update(patient.id(), scanId, 0L, command("2024-01-16", "0.951"));
		scans.delete(patient.id(), scanId, null);

		assertThat(events.stream(DexaScanRecorded.class))
			.containsExactly(new DexaScanRecorded(patient.id(), scanId, LocalDate.of(2024, 1, 15)));
		assertThat(events.stream(DexaScanChanged.class))
			.containsExactly(new DexaScanChanged(patient.id(), scanId, LocalDate.of(2024, 1, 16)));
		assertThat(events.stream(DexaScanDeleted.class))
			.containsExactly(new DexaScanDeleted(patient.id(), scanId, LocalDate.of(2024, 1, 16)));
	}

	private int statements(Runnable work) throws Exception {
		return counter.count(() -> {
			work.run();
			return null;
		}).statements();
	}

	private List<Long> patientsWithTwoScans(AuthenticatedUser clinician, int count) {
		List<Long> ids = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			AuthenticatedUser patient = people.patientOf(clinician);
			startedAnastrozole(patient, LocalDate.of(2024, 1, 1));
			record(patient, clinician, "2024-01-15", "0.950");
			record(patient, clinician, "2025-02-15", "0.900");
			ids.add(patient.id());
		}
		return ids;
	}

	private void startedAnastrozole(AuthenticatedUser patient, LocalDate start) {
		profiles.update(patient.id(), new ProfileUpdate(null, null, null, start, "UTC", MassUnit.KG, VitaminDUnit.UG));
	}

	private long record(AuthenticatedUser patient, AuthenticatedUser clinician, String date, String spineBmd) {
		return scans.record(patient.id(), clinician.id(), command(date, spineBmd)).id();
	}

	/** Four sites, not in site order: both hips (the left without T-score), the spine on L1, L2 and L4, the neck. */
	private static ScanCommand fullScan(String date, String spineBmd, @Nullable String spineLsc) {
		return new ScanCommand(LocalDate.parse(date), "Northgate Imaging", Manufacturer.HOLOGIC, "Horizon A",
				List.of(new SiteCommand(DexaSite.TOTAL_HIP, Side.RIGHT, null, new BigDecimal("0.810"),
						new BigDecimal("-1.3"), new BigDecimal("0.1"), null),
						new SiteCommand(DexaSite.LUMBAR_SPINE, null, "L1-L2,L4", new BigDecimal(spineBmd),
								new BigDecimal("-1.6"), new BigDecimal("-0.4"),
								spineLsc == null ? null : new BigDecimal(spineLsc)),
						new SiteCommand(DexaSite.TOTAL_HIP, Side.LEFT, null, new BigDecimal("0.800"), null, null, null),
						new SiteCommand(DexaSite.FEMORAL_NECK, Side.LEFT, null, new BigDecimal("0.690"), null,
								new BigDecimal("-0.7"), null)));
	}

	private static ScanCommand command(String date, String spineBmd) {
		return new ScanCommand(LocalDate.parse(date), "Northgate Imaging", Manufacturer.HOLOGIC, "Horizon A",
				List.of(new SiteCommand(DexaSite.LUMBAR_SPINE, null, "L1-L4", new BigDecimal(spineBmd),
						new BigDecimal("-1.1"), null, null),
						new SiteCommand(DexaSite.FEMORAL_NECK, Side.LEFT, null, new BigDecimal("0.700"), null, null,
								null)));
	}

}
