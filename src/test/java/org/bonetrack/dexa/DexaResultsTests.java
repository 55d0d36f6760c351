package org.bonetrack.dexa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.dexa.internal.DexaScanService;
import org.bonetrack.dexa.internal.ScanCommand;
import org.bonetrack.dexa.internal.ScanCommand.SiteCommand;
import org.bonetrack.patients.internal.ProfileService;
import org.bonetrack.patients.internal.ProfileUpdate;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.shared.VitaminDUnit;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
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
	EntityManagerFactory entityManagerFactory;

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
	void theLatestOfManyPatientsTakesTheSameFewQueriesForFiveAsForForty() {
		AuthenticatedUser clinician = people.clinician();
		List<Long> five = patientsWithTwoScans(clinician, 5);
		List<Long> forty = patientsWithTwoScans(clinician, 40);
		List<Long> withoutScans = List.of(people.patientOf(clinician).id());

		long forFive = statementsFor(() -> assertThat(results.latest(five)).hasSize(5));
		List<Long> fortyAndOneWithout = new ArrayList<>(forty);
		fortyAndOneWithout.addAll(withoutScans);
		long[] summaries = new long[1];
		long forForty = statementsFor(() -> summaries[0] = results.latest(fortyAndOneWithout).size());

		assertThat(summaries[0]).isEqualTo(40);
		assertThat(forFive).isEqualTo(forForty).isLessThanOrEqualTo(2);
		Map<Long, DexaSummary> latest = results.latest(five);
		assertThat(latest.keySet()).containsExactlyElementsOf(five);
		assertThat(latest.values()).allSatisfy(summary -> assertThat(summary.date()).isEqualTo("2025-02-15"));
		assertThat(results.latest(List.of())).isEmpty();
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

	private long statementsFor(Runnable work) {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		boolean enabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		try {
			work.run();
			return statistics.getPrepareStatementCount();
		}
		finally {
			statistics.setStatisticsEnabled(enabled);
		}
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

	private static ScanCommand command(String date, String spineBmd) {
		return new ScanCommand(LocalDate.parse(date), "Northgate Imaging", Manufacturer.HOLOGIC, "Horizon A",
				List.of(new SiteCommand(DexaSite.LUMBAR_SPINE, null, "L1-L4", new BigDecimal(spineBmd),
						new BigDecimal("-1.1"), null, null),
						new SiteCommand(DexaSite.FEMORAL_NECK, Side.LEFT, null, new BigDecimal("0.700"), null, null,
								null)));
	}

}
