package org.bonetrack.dexa.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.bonetrack.dexa.DexaAnalysis;
import org.bonetrack.dexa.DexaScan;
import org.bonetrack.dexa.DexaScanView;
import org.bonetrack.dexa.LscDefaults;
import org.bonetrack.dexa.Manufacturer;
import org.bonetrack.dexa.NotComparableReason;
import org.bonetrack.patients.DemoPatient;
import org.bonetrack.patients.DemoTrait;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo histories show their trait whatever day the demo starts on: checked for every day of
 * a year, for patients shaped like the demo cohort (months on anastrozole, traits).
 */
class DemoDexaHistoryTests {

	private static final DexaAnalysis ANALYSIS = new DexaAnalysis(LscDefaults.ISCD_MINIMUM);

	static Stream<Arguments> patients() {
		return Stream.of(Arguments.of("patient@demo.test", 14, Set.of(DemoTrait.SIGNIFICANT_LOSS)),
				Arguments.of("gloria.bianchi@demo.test", 28, Set.of(DemoTrait.SIGNIFICANT_LOSS)),
				Arguments.of("patient2@demo.test", 26, Set.of(DemoTrait.SCANNER_CHANGE)),
				Arguments.of("carmen.delgado@demo.test", 40, Set.of(DemoTrait.SCANNER_CHANGE)),
				Arguments.of("eileen.murphy@demo.test", 33, Set.of(DemoTrait.LOW_IMPACT_PLAN)),
				Arguments.of("sandra.kowalski@demo.test", 1, Set.of(DemoTrait.NEW_NO_DATA)),
				Arguments.of("joan.whitfield@demo.test", 30, Set.<DemoTrait>of()),
				Arguments.of("olivia.grant@demo.test", 5, Set.<DemoTrait>of()),
				Arguments.of("kathleen.obrien@demo.test", 44, Set.<DemoTrait>of()),
				Arguments.of("aiko.tanaka@demo.test", 8, Set.<DemoTrait>of()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("patients")
	void everyDayOfTheYearGivesOneToThreeValidScansThatShowTheTrait(String email, int monthsOnAnastrozole,
			Set<DemoTrait> traits) {
		DemoPatient patient = new DemoPatient(1, email, 0.5, traits);
		LocalDate firstDay = LocalDate.of(2026, 1, 1);
		for (LocalDate today = firstDay; today.isBefore(firstDay.plusYears(1)); today = today.plusDays(1)) {
			LocalDate start = today.minusMonths(monthsOnAnastrozole);
			List<DexaScanView> scans = analysed(DemoDexaSeeder.history(patient, today, start), today, start);

			String day = email + " on " + today;
			assertThat(scans).as(day).hasSizeBetween(1, 3);
			assertThat(scans.get(0).date()).as(day).isAfter(today.minusYears(3));
			DexaScanView last = scans.get(scans.size() - 1);
			if (traits.contains(DemoTrait.SIGNIFICANT_LOSS)) {
				assertThat(last.significantLossSincePrevious()).as(day).isTrue();
			}
			else {
				assertThat(scans).as(day).noneMatch(DexaScanView::significantLossSincePrevious);
			}
			if (traits.contains(DemoTrait.SCANNER_CHANGE)) {
				assertThat(last.manufacturer()).as(day).isEqualTo(Manufacturer.GE_LUNAR);
				assertThat(last.sites().get(0).analysis().sincePrevious().reason()).as(day)
					.isEqualTo(NotComparableReason.MANUFACTURER_DIFFERS);
			}
			if (traits.contains(DemoTrait.LOW_IMPACT_PLAN) && scans.size() > 1) {
				assertThat(last.sites().get(0).analysis().sincePrevious().reason()).as(day)
					.isEqualTo(NotComparableReason.VERTEBRAE_DIFFER);
			}
		}
	}

	private static List<DexaScanView> analysed(List<ScanCommand> commands, LocalDate today, LocalDate start) {
		List<DexaScan> scans = new ArrayList<>();
		for (ScanCommand command : commands) {
			ValidScan valid = ScanValidator.validate(command, today);
			scans.add(new DexaScan(scans.size() + 1, 0, valid.date(), valid.facility(), valid.manufacturer(),
					valid.model(), valid.sites()));
		}
		return ANALYSIS.analyse(scans, start);
	}

}
