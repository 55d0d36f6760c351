package org.bonetrack.patients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bonetrack.accounts.Accounts;
import org.bonetrack.accounts.NewAccount;
import org.bonetrack.accounts.Role;
import org.bonetrack.accounts.UserSummary;
import org.bonetrack.patients.internal.CareTeamService;
import org.bonetrack.patients.internal.ProfileService;
import org.bonetrack.patients.internal.ProfileUpdate;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.shared.VitaminDUnit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo profile's people: an admin, two clinicians and 21 patients with profiles, a year of
 * body weights and care teams. Runs once: a database that already has the demo admin is left
 * alone. Only in the {@code demo} profile, so these accounts never exist anywhere else.
 */
@Component
@Profile("demo")
@Order(100)
class DemoPatientsSeeder implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(DemoPatientsSeeder.class);

	static final String ADMIN = "admin@demo.test";

	static final String CLINICIAN = "clinician@demo.test";

	static final String CLINICIAN2 = "clinician2@demo.test";

	/** e-mail, name, birth year, height cm, weight kg, months on anastrozole, time zone, unit. */
	private static final List<Cast> CAST = List.of(
			new Cast("patient@demo.test", "Margaret Ellis", 1961, 164, 66, 14, "Europe/London", MassUnit.KG),
			new Cast("patient2@demo.test", "Priya Raman", 1966, 158, 59, 26, "Europe/London", MassUnit.KG),
			new Cast("joan.whitfield@demo.test", "Joan Whitfield", 1955, 167, 71, 30, "Europe/London", MassUnit.KG),
			new Cast("aiko.tanaka@demo.test", "Aiko Tanaka", 1963, 155, 52, 8, "Australia/Sydney", MassUnit.KG),
			new Cast("brenda.okafor@demo.test", "Brenda Okafor", 1958, 170, 78, 20, "Europe/London", MassUnit.KG),
			new Cast("carmen.delgado@demo.test", "Carmen Delgado", 1960, 161, 64, 40, "Europe/Madrid", MassUnit.KG),
			new Cast("deborah.lindqvist@demo.test", "Deborah Lindqvist", 1952, 166, 69, 18, "Europe/Stockholm",
					MassUnit.KG),
			new Cast("eileen.murphy@demo.test", "Eileen Murphy", 1949, 159, 57, 33, "Europe/Dublin", MassUnit.KG),
			new Cast("fatima.haddad@demo.test", "Fatima Haddad", 1967, 163, 74, 6, "Europe/London", MassUnit.KG),
			new Cast("gloria.bianchi@demo.test", "Gloria Bianchi", 1957, 160, 55, 28, "Europe/Rome", MassUnit.KG),
			new Cast("helen.novak@demo.test", "Helen Novak", 1962, 168, 80, 15, "America/New_York", MassUnit.LB),
			new Cast("ingrid.solberg@demo.test", "Ingrid Solberg", 1959, 172, 68, 22, "Europe/Oslo", MassUnit.KG),
			new Cast("janet.mwangi@demo.test", "Janet Mwangi", 1964, 157, 63, 11, "Europe/London", MassUnit.KG),
			new Cast("kathleen.obrien@demo.test", "Kathleen O'Brien", 1953, 162, 61, 44, "America/Chicago",
					MassUnit.LB),
			new Cast("lucia.ferreira@demo.test", "Lúcia Ferreira", 1965, 156, 58, 9, "Europe/Lisbon", MassUnit.KG),
			new Cast("mei.chen@demo.test", "Mei Chen", 1961, 154, 50, 17, "America/Los_Angeles", MassUnit.LB),
			new Cast("nadia.petrova@demo.test", "Nadia Petrova", 1956, 165, 72, 25, "Europe/London", MassUnit.KG),
			new Cast("olivia.grant@demo.test", "Olivia Grant", 1968, 171, 84, 5, "Europe/London", MassUnit.KG),
			new Cast("pauline.moreau@demo.test", "Pauline Moreau", 1954, 163, 60, 36, "Europe/Paris", MassUnit.KG),
			new Cast("rosa.alvarez@demo.test", "Rosa Álvarez", 1960, 158, 66, 13, "Pacific/Auckland", MassUnit.KG),
			new Cast("sandra.kowalski@demo.test", "Sandra Kowalski", 1963, 169, 70, 1, "Europe/Warsaw", MassUnit.KG));

	private final Accounts accounts;

	private final ProfileService profiles;

	private final CareTeamService careTeams;

	private final PasswordEncoder passwordEncoder;

	private final TransactionTemplate transactions;

	DemoPatientsSeeder(Accounts accounts, ProfileService profiles, CareTeamService careTeams,
			PasswordEncoder passwordEncoder, TransactionTemplate transactions) {
		this.accounts = accounts;
		this.profiles = profiles;
		this.careTeams = careTeams;
		this.passwordEncoder = passwordEncoder;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.findByEmail(ADMIN).isPresent()) {
			return;
		}
		transactions.executeWithoutResult(status -> seed());
		log.info("Demo accounts created: " + ADMIN + ", " + CLINICIAN + ", " + CLINICIAN2 + " and " + CAST.size()
				+ " patients (password " + DemoCohort.PASSWORD + ")");
	}

	private void seed() {
		// One hash for every demo account: the password is the same and hashing is slow on purpose.
		String hash = passwordEncoder.encode(DemoCohort.PASSWORD);
		accounts.createWithPasswordHash(new NewAccount(ADMIN, "Alex Admin", Role.ADMIN), hash);
		UserSummary clinician = accounts
			.createWithPasswordHash(new NewAccount(CLINICIAN, "Dr Sarah Whitaker", Role.CLINICIAN), hash);
		UserSummary clinician2 = accounts
			.createWithPasswordHash(new NewAccount(CLINICIAN2, "Dr Tomás Ortega", Role.CLINICIAN), hash);
		for (Cast cast : CAST) {
			LocalDate today = LocalDate.now(ZoneId.of(cast.timeZone()));
			UserSummary patient = accounts
				.createWithPasswordHash(new NewAccount(cast.email(), cast.name(), Role.PATIENT), hash);
			DemoCohort.Habits habits = DemoCohort.HABITS.get(cast.email());
			profiles.update(patient.id(),
					new ProfileUpdate(LocalDate.of(cast.birthYear(), 1 + Math.floorMod(cast.email().hashCode(), 12), 14),
							Sex.FEMALE, BigDecimal.valueOf(cast.heightCm()), today.minusMonths(cast.monthsOnAnastrozole()),
							cast.timeZone(), cast.unit(), cast.unit() == MassUnit.LB ? VitaminDUnit.IU : VitaminDUnit.UG));
			profiles.updateClinicalContext(patient.id(), clinicalContext(cast, habits), clinician.id());
			recordWeights(patient.id(), cast, habits, today);
			boolean secondClinicianOnly = cast.email().equals("patient2@demo.test");
			careTeams.assign(patient.id(), Set.of(secondClinicianOnly ? clinician2.id() : clinician.id()));
		}
	}

	private static ClinicalContext clinicalContext(Cast cast, DemoCohort.Habits habits) {
		boolean lowImpact = habits.traits().contains(DemoTrait.LOW_IMPACT_PLAN);
		boolean warfarin = habits.traits().contains(DemoTrait.WARFARIN_VITAMIN_K);
		boolean older = cast.birthYear() < 1957;
		return new ClinicalContext(lowImpact, warfarin, lowImpact || cast.email().startsWith("gloria"), lowImpact,
				cast.email().startsWith("joan") || cast.email().startsWith("gloria"), false,
				cast.email().startsWith("kathleen"), older && lowImpact ? "Denosumab 60 mg every 6 months" : null);
	}

	/** A weight about once a month over the last year, drifting slowly, deterministic per patient. */
	private void recordWeights(long patientId, Cast cast, DemoCohort.Habits habits, LocalDate today) {
		if (habits.traits().contains(DemoTrait.NEW_NO_DATA)) {
			profiles.recordWeight(patientId, today.minusDays(3), BigDecimal.valueOf(cast.weightKg()),
					MassUnit.KG);
			return;
		}
		Random random = new Random(cast.email().hashCode());
		double weight = cast.weightKg() + random.nextDouble() * 2 - 1;
		for (int month = 12; month >= 0; month--) {
			weight += random.nextGaussian() * 0.4;
			LocalDate date = today.minusMonths(month).minusDays(random.nextInt(5));
			profiles.recordWeight(patientId, date, BigDecimal.valueOf(Math.round(weight * 10) / 10.0), MassUnit.KG);
		}
	}

	private record Cast(String email, String name, int birthYear, int heightCm, int weightKg, int monthsOnAnastrozole,
			String timeZone, MassUnit unit) {
	}

}
