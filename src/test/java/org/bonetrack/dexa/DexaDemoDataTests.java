package org.bonetrack.dexa;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.bonetrack.patients.DemoCohort;
import org.bonetrack.patients.DemoPatient;
import org.bonetrack.patients.DemoTrait;
import org.bonetrack.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo profile gives every demo patient a DEXA history that shows each case of the analysis. */
@IntegrationTest
@ActiveProfiles({ "test", "demo" })
class DexaDemoDataTests {

	@Autowired
	DemoCohort cohort;

	@Autowired
	DexaResults results;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyDemoPatientHasOneToThreeScansWithinTheLastThreeYears() {
		assertThat(cohort.patients()).hasSize(21).allSatisfy(patient -> {
			List<DexaScanView> scans = results.scans(patient.id());
			assertThat(scans).as(patient.email()).hasSizeBetween(1, 3);
			assertThat(scans.get(0).date()).isAfter(LocalDate.now().minusYears(3));
			assertThat(scans).allSatisfy(scan -> assertThat(scan.whoCategory()).isNotNull());
		});
	}

	@Test
	void patientsWithASignificantLossHaveOneBeyondTheLsc() {
		List<DemoPatient> losing = cohort.patients().stream().filter(p -> p.has(DemoTrait.SIGNIFICANT_LOSS)).toList();

		assertThat(losing).isNotEmpty().allSatisfy(patient -> {
			DexaSummary latest = results.latest(patient.id()).orElseThrow();
			assertThat(latest.significantLossSincePrevious()).as(patient.email()).isTrue();
		});
		assertThat(cohort.patients().stream().filter(p -> !p.has(DemoTrait.SIGNIFICANT_LOSS)))
			.as("the others lose slowly")
			.noneMatch(patient -> results.latest(patient.id()).orElseThrow().significantLossSincePrevious());
	}

	@Test
	void patientsWhoChangedScannerHaveAChangeThatIsNotComparable() {
		List<DemoPatient> changed = cohort.patients().stream().filter(p -> p.has(DemoTrait.SCANNER_CHANGE)).toList();

		assertThat(changed).isNotEmpty().allSatisfy(patient -> {
			List<DexaScanView> scans = results.scans(patient.id());
			DexaScanView last = scans.get(scans.size() - 1);
			assertThat(last.manufacturer()).isEqualTo(Manufacturer.GE_LUNAR);
			assertThat(last.sites()).allSatisfy(site -> assertThat(site.analysis().sincePrevious().reason())
				.isEqualTo(NotComparableReason.MANUFACTURER_DIFFERS));
		});
	}

	@Test
	void theDemoShowsEveryOtherCaseToo() {
		List<DexaSiteView> sites = cohort.patients()
			.stream()
			.flatMap(patient -> results.scans(patient.id()).stream())
			.flatMap(scan -> scan.sites().stream())
			.toList();

		assertThat(sites).anyMatch(DexaSiteView::tScoreComputed);
		assertThat(sites).anyMatch(site -> site.lscGcm2() != null);
		assertThat(sites).anyMatch(site -> site.site() == DexaSite.RADIUS_33);
		assertThat(sites).anyMatch(site -> site.side() == Side.RIGHT);
		assertThat(sites.stream().map(site -> site.analysis().sincePrevious()).filter(Objects::nonNull))
			.anyMatch(change -> change.reason() == NotComparableReason.VERTEBRAE_DIFFER)
			.anyMatch(change -> change.comparable() && !change.significant());
		assertThat(cohort.patients().stream().map(patient -> results.latest(patient.id()).orElseThrow().whoCategory()))
			.contains(WhoCategory.NORMAL, WhoCategory.OSTEOPENIA);
	}

	@Test
	void runningTheSeederAgainAddsNothing() throws Exception {
		int before = jdbc.queryForObject("select count(*) from dexa_scans", Integer.class);

		List<ApplicationRunner> seeders = context.getBeansOfType(ApplicationRunner.class)
			.values()
			.stream()
			.filter(runner -> runner.getClass().getSimpleName().startsWith("DemoDexaSeeder"))
			.toList();
		assertThat(seeders).hasSize(1);
		seeders.get(0).run(new DefaultApplicationArguments());

		assertThat(jdbc.queryForObject("select count(*) from dexa_scans", Integer.class)).isEqualTo(before);
	}

}
