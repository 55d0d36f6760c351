package org.bonetrack.dexa.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bonetrack.accounts.Accounts;
import org.bonetrack.accounts.UserSummary;
import org.bonetrack.dexa.DexaSite;
import org.bonetrack.dexa.Manufacturer;
import org.bonetrack.dexa.Side;
import org.bonetrack.dexa.internal.ScanCommand.SiteCommand;
import org.bonetrack.patients.DemoCohort;
import org.bonetrack.patients.DemoPatient;
import org.bonetrack.patients.DemoTrait;
import org.bonetrack.patients.Patients;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo profile's DEXA history: one to three scans per demo patient over the last three
 * years: the baseline within weeks of her anastrozole start, sometimes a screening scan before
 * it, then yearly follow-ups. Patients with {@link DemoTrait#SIGNIFICANT_LOSS}
 * lose more than the least significant change between scans; with
 * {@link DemoTrait#SCANNER_CHANGE} the last scan is on a GE Lunar scanner (not comparable); a
 * patient on a low-impact plan after a vertebral fracture has a later spine result without L1
 * (not comparable either); some Hologic reports lack hip T-scores (computed). Deterministic (a
 * Random per patient) and idempotent: a patient who has scans is left alone.
 */
@Component
@Profile("demo")
@Order(220)
class DemoDexaSeeder implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(DemoDexaSeeder.class);

	/** A facility that measured its own precision, so its LSC is known. */
	private static final Facility NORTHGATE = new Facility("Northgate Imaging Centre", Manufacturer.HOLOGIC,
			"Horizon A", new BigDecimal("0.030"), new BigDecimal("0.025"), new BigDecimal("0.033"));

	private static final Facility ST_CLARES = new Facility("St Clare's Hospital Bone Density Unit",
			Manufacturer.HOLOGIC, "Discovery W", null, null, null);

	private static final Facility RIVERSIDE = new Facility("Riverside Radiology", Manufacturer.GE_LUNAR, "iDXA", null,
			null, null);

	private final DemoCohort cohort;

	private final DexaScanService scans;

	private final Patients patients;

	private final Accounts accounts;

	private final TransactionTemplate transactions;

	DemoDexaSeeder(DemoCohort cohort, DexaScanService scans, Patients patients, Accounts accounts,
			TransactionTemplate transactions) {
		this.cohort = cohort;
		this.scans = scans;
		this.patients = patients;
		this.accounts = accounts;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<UserSummary> clinicians = accounts.activeClinicians();
		int[] recorded = { 0 };
		transactions.executeWithoutResult(status -> {
			for (DemoPatient patient : cohort.patients()) {
				if (!scans.scans(patient.id()).isEmpty()) {
					continue;
				}
				Long clinician = clinicians.stream()
					.filter(candidate -> patients.isOnCareTeam(candidate.id(), patient.id()))
					.map(UserSummary::id)
					.findFirst()
					.orElse(null);
				if (clinician == null) {
					continue;
				}
				for (ScanCommand scan : history(patient)) {
					scans.record(patient.id(), clinician, scan);
					recorded[0]++;
				}
			}
		});
		if (recorded[0] > 0) {
			log.info("Demo DEXA scans recorded: " + recorded[0]);
		}
	}

	private List<ScanCommand> history(DemoPatient patient) {
		LocalDate today = patients.today(patient.id());
		return history(patient, today,
				patients.anastrozoleStarts(List.of(patient.id())).getOrDefault(patient.id(), today));
	}

	/** The patient's scans, oldest first, as of today. */
	static List<ScanCommand> history(DemoPatient patient, LocalDate today, LocalDate start) {
		Random random = new Random(patient.email().hashCode() * 31L + 5);
		LocalDate earliest = today.minusYears(3).plusDays(14);
		// the baseline scan within a few weeks of the first tablet; before that, sometimes a screening scan
		LocalDate first = start.plusDays(random.nextInt(21));
		if (first.isBefore(earliest)) {
			first = earliest.plusDays(random.nextInt(45));
		}
		if (first.isAfter(today)) {
			first = today;
		}
		List<LocalDate> dates = new ArrayList<>(List.of(first));
		LocalDate screening = start.minusMonths(15 + random.nextInt(6));
		if (!patient.has(DemoTrait.NEW_NO_DATA) && !screening.isBefore(earliest) && random.nextDouble() < 0.5) {
			dates.add(0, screening);
		}
		boolean follow = !patient.has(DemoTrait.NEW_NO_DATA);
		while (follow && dates.size() < 3) {
			LocalDate next = dates.get(dates.size() - 1).plusMonths(12).plusDays(random.nextInt(60));
			if (next.isAfter(today.minusDays(10))) {
				break;
			}
			dates.add(next);
		}
		if (dates.get(dates.size() - 1).equals(first)
				&& (patient.has(DemoTrait.SIGNIFICANT_LOSS) || patient.has(DemoTrait.SCANNER_CHANGE))
				&& first.isBefore(today.minusMonths(7))) {
			// a follow-up scan is what shows the trait
			dates.add(today.minusDays(10 + random.nextInt(20)));
		}

		Bone bone = Bone.baseline(random);
		double spineRate = patient.has(DemoTrait.SIGNIFICANT_LOSS) ? -0.065 : -0.004 - random.nextDouble() * 0.012;
		double hipRate = patient.has(DemoTrait.SIGNIFICANT_LOSS) ? -0.056 : -0.003 - random.nextDouble() * 0.010;
		boolean bothHips = random.nextDouble() < 0.4;
		boolean radius = random.nextDouble() < 0.2;
		boolean omitsHipTScores = random.nextDouble() < 0.3;
		Facility usual = random.nextBoolean() ? NORTHGATE : ST_CLARES;

		List<ScanCommand> history = new ArrayList<>();
		for (int index = 0; index < dates.size(); index++) {
			if (index > 0) {
				double years = (dates.get(index).toEpochDay() - dates.get(index - 1).toEpochDay()) / 365.25;
				// before anastrozole, the slow loss of the years after menopause
				boolean onAnastrozole = !dates.get(index).isBefore(first);
				bone = bone.after(years, onAnastrozole ? spineRate : -0.008, onAnastrozole ? hipRate : -0.006, random);
			}
			boolean last = index == dates.size() - 1;
			Facility facility = last && index > 0 && patient.has(DemoTrait.SCANNER_CHANGE) ? RIVERSIDE : usual;
			// after her vertebral fracture, L1 is left out of the spine result
			String vertebrae = last && index > 0 && patient.has(DemoTrait.LOW_IMPACT_PLAN) ? "L2-L4" : "L1-L4";
			history.add(scan(dates.get(index), facility, bone, vertebrae, bothHips, radius,
					omitsHipTScores && facility.manufacturer() == Manufacturer.HOLOGIC));
		}
		return history;
	}

	private static ScanCommand scan(LocalDate date, Facility facility, Bone bone, String vertebrae, boolean bothHips,
			boolean radius, boolean omitHipTScores) {
		boolean lunar = facility.manufacturer() == Manufacturer.GE_LUNAR;
		List<SiteCommand> sites = new ArrayList<>();
		double spineBmd = Bone.SPINE_MEAN + Bone.SPINE_SD * bone.spineT();
		sites.add(new SiteCommand(DexaSite.LUMBAR_SPINE, null, vertebrae,
				bmd(lunar ? 1.074 * spineBmd + 0.054 : spineBmd), score(bone.spineT()), score(bone.spineT() + bone.ageGap()),
				facility.spineLsc()));
		List<Side> sides = bothHips ? List.of(Side.LEFT, Side.RIGHT) : List.of(Side.LEFT);
		for (Side side : sides) {
			double offset = side == Side.RIGHT ? 0.1 : 0.0;
			double hipT = bone.hipT() + offset;
			double neckT = bone.neckT() + offset;
			double hipBmd = Nhanes.TOTAL_HIP_MEAN + Nhanes.TOTAL_HIP_SD * hipT;
			double neckBmd = Nhanes.NECK_MEAN + Nhanes.NECK_SD * neckT;
			// GE Lunar from the Hologic scale through standardised BMD (clinical-reference.md §5.5)
			sites.add(new SiteCommand(DexaSite.TOTAL_HIP, side, null,
					bmd(lunar ? (0.006 + 1.008 * hipBmd + 0.031) / 0.979 : hipBmd),
					omitHipTScores ? null : score(hipT), score(hipT + bone.ageGap()), facility.hipLsc()));
			sites.add(new SiteCommand(DexaSite.FEMORAL_NECK, side, null,
					bmd(lunar ? (0.019 + 1.087 * neckBmd + 0.023) / 0.939 : neckBmd),
					omitHipTScores ? null : score(neckT), score(neckT + bone.ageGap()), facility.neckLsc()));
		}
		if (radius) {
			double radiusT = bone.spineT() + 0.2;
			sites.add(new SiteCommand(DexaSite.RADIUS_33, Side.LEFT, null, bmd(0.700 + 0.060 * radiusT), score(radiusT),
					score(radiusT + bone.ageGap()), null));
		}
		return new ScanCommand(date, facility.name(), facility.manufacturer(), facility.model(), sites);
	}

	private static BigDecimal bmd(double value) {
		return BigDecimal.valueOf(Math.max(0.25, Math.min(1.95, value))).setScale(3, RoundingMode.HALF_UP);
	}

	private static BigDecimal score(double value) {
		return BigDecimal.valueOf(Math.max(-5.5, Math.min(5.5, value))).setScale(1, RoundingMode.HALF_UP);
	}

	private record Facility(String name, Manufacturer manufacturer, String model, @Nullable BigDecimal spineLsc,
			@Nullable BigDecimal hipLsc, @Nullable BigDecimal neckLsc) {
	}

	/**
	 * The patient's bone as T-scores on the Hologic scale, and how far her Z-scores sit above
	 * them (the age-matched reference is lower than the young-adult one).
	 */
	private record Bone(double spineT, double hipT, double neckT, double ageGap) {

		/** Demo-only approximation of a spine young-adult reference; BoneTrack never computes spine T-scores. */
		static final double SPINE_MEAN = 1.047;

		static final double SPINE_SD = 0.110;

		static Bone baseline(Random random) {
			double spine = clamp(-0.9 + random.nextGaussian() * 0.9, -3.2, 1.5);
			double hip = clamp(spine + 0.3 + random.nextGaussian() * 0.5, -3.0, 1.5);
			double neck = clamp(hip - 0.4 - Math.abs(random.nextGaussian()) * 0.3, -3.3, 1.2);
			return new Bone(spine, hip, neck, 0.8 + random.nextDouble() * 0.4);
		}

		/** BMD falls by the yearly rates; T-scores move by the change over the reference SD. */
		Bone after(double years, double spineRate, double hipRate, Random random) {
			double spineBmd = SPINE_MEAN + SPINE_SD * spineT;
			double hipBmd = Nhanes.TOTAL_HIP_MEAN + Nhanes.TOTAL_HIP_SD * hipT;
			double neckBmd = Nhanes.NECK_MEAN + Nhanes.NECK_SD * neckT;
			double jitter = random.nextGaussian() * 0.002;
			return new Bone((spineBmd * (1 + spineRate * years) + jitter - SPINE_MEAN) / SPINE_SD,
					(hipBmd * (1 + hipRate * years) + jitter - Nhanes.TOTAL_HIP_MEAN)
							/ Nhanes.TOTAL_HIP_SD,
					(neckBmd * (1 + hipRate * 1.1 * years) + jitter - Nhanes.NECK_MEAN)
							/ Nhanes.NECK_SD,
					ageGap + 0.02 * years);
		}

		private static double clamp(double value, double min, double max) {
			return Math.max(min, Math.min(max, value));
		}

	}

	/** NHANES III young-adult references (Hologic scale, clinical-reference.md §5.4). */
	private static final class Nhanes {

		static final double TOTAL_HIP_MEAN = 0.942;

		static final double TOTAL_HIP_SD = 0.122;

		static final double NECK_MEAN = 0.858;

		static final double NECK_SD = 0.120;

	}

}
