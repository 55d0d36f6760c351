package org.bonetrack.security;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.accounts.NewAccessToken;
import org.bonetrack.accounts.NewAccount;
import org.bonetrack.accounts.Role;
import org.bonetrack.accounts.internal.AccountService;
import org.bonetrack.accounts.internal.PersonalAccessTokenService;
import org.bonetrack.dexa.DexaSite;
import org.bonetrack.dexa.Manufacturer;
import org.bonetrack.dexa.internal.DexaScanService;
import org.bonetrack.dexa.internal.ScanCommand;
import org.bonetrack.exercise.internal.ExerciseSessions;
import org.bonetrack.exercise.internal.SessionInput;
import org.bonetrack.exercise.internal.SessionSource;
import org.bonetrack.exercise.internal.imports.ExerciseImports;
import org.bonetrack.nutrition.internal.CronometerImports;
import org.bonetrack.nutrition.internal.EntryInput;
import org.bonetrack.nutrition.internal.NutritionEntries;
import org.bonetrack.patients.internal.ProfileService;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.support.TestPeople;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Two care teams with real records, for attacks between them: the attacker side (a clinician,
 * their patient, an admin) and the victim side (another clinician and their patient). Every
 * person has a personal access token and every patient a body weight. A new module adds its
 * records here (one field and one line in {@link #create}) so the tables can name them.
 */
@TestComponent
public class SecurityWorld {

	/** Who makes a request. */
	public enum Who {

		ANONYMOUS, PATIENT, CLINICIAN, ADMIN

	}

	private final TestPeople people;

	private final ProfileService profiles;

	private final PersonalAccessTokenService tokens;

	private final AccountService accounts;

	private final DexaScanService scans;

	private final ExerciseSessions sessions;

	private final ExerciseImports imports;

	private final JdbcTemplate jdbc;

	private final NutritionEntries entries;

	private final CronometerImports cronometer;

	SecurityWorld(TestPeople people, ProfileService profiles, PersonalAccessTokenService tokens,
			AccountService accounts, DexaScanService scans, ExerciseSessions sessions, ExerciseImports imports,
			JdbcTemplate jdbc, NutritionEntries entries, CronometerImports cronometer) {
		this.entries = entries;
		this.cronometer = cronometer;
		this.scans = scans;
		this.sessions = sessions;
		this.imports = imports;
		this.jdbc = jdbc;
		this.people = people;
		this.profiles = profiles;
		this.tokens = tokens;
		this.accounts = accounts;
	}

	/** A fresh set of people and records; each test class makes its own. */
	public World create() {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		AuthenticatedUser otherClinician = people.clinician();
		AuthenticatedUser otherPatient = people.patientOf(otherClinician);
		AuthenticatedUser admin = people.admin();
		Map<String, Long> records = new HashMap<>();
		records.put("patientScan", scan(patient, clinician));
		records.put("otherPatientScan", scan(otherPatient, otherClinician));
		records.put("patientSession", session(patient));
		records.put("otherPatientSession", session(otherPatient));
		records.put("patientImport", stagedImport(patient));
		records.put("otherPatientImport", stagedImport(otherPatient));
		records.put("article", jdbc.queryForObject("select min(id) from guidance_articles", Long.class));
		records.put("patientEntry", entry(patient));
		records.put("otherPatientEntry", entry(otherPatient));
		records.put("patientNutritionImport", cronometerUpload(patient));
		records.put("otherPatientNutritionImport", cronometerUpload(otherPatient));
		records.put("supplement", jdbc.queryForObject("select min(id) from supplement_presets", Long.class));
		return new World(clinician, patient, otherClinician, otherPatient, admin,
				weight(patient), weight(otherPatient),
				tokens.create(patient.id(), "patient script"), tokens.create(clinician.id(), "clinician script"),
				tokens.create(admin.id(), "admin script"), tokens.create(otherPatient.id(), "victim script"),
				tokens.create(otherClinician.id(), "other clinician script"), Map.copyOf(records));
	}

	/** A small Strong export in its real shape, made-up data. */
	static final String STRONG_CSV = """
			Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
			2025-03-04 07:31:05,"Morning Strength","52min","Squat (Barbell)",1,40,8,0,0,,,7.5
			""";

	private long session(AuthenticatedUser patient) {
		return sessions.create(patient.id(), new SessionInput(LocalDate.now().minusDays(2), null, "WALK", 30, 5,
				"evening walk", null, null, null, new BigDecimal("2.5"), null), MassUnit.KG).id();
	}

	/** A small Cronometer daily summary in its real shape, made-up data. */
	static final String CRONOMETER_CSV = """
			Date,Energy (kcal),Vitamin D (IU),Vitamin K (µg),Calcium (mg),Magnesium (mg),Omega-3 (g),Protein (g),Completed
			2025-03-04,1850,400,95,980,310,1.2,72,true
			""";

	private long entry(AuthenticatedUser patient) {
		// whole milk (SR 01077), 250 g
		return entries.add(patient.id(), LocalDate.now().minusDays(1),
				new EntryInput.FoodInput(1077L, new BigDecimal("250"), null)).id();
	}

	private long cronometerUpload(AuthenticatedUser patient) {
		return cronometer.upload(patient.id(), "dailysummary.csv", CRONOMETER_CSV.getBytes(StandardCharsets.UTF_8));
	}

	private long stagedImport(AuthenticatedUser patient) {
		return imports.stage(patient.id(), SessionSource.STRONG, "strong.csv",
				STRONG_CSV.getBytes(StandardCharsets.UTF_8), MassUnit.KG);
	}

	private long scan(AuthenticatedUser patient, AuthenticatedUser clinician) {
		return scans.record(patient.id(), clinician.id(), new ScanCommand(LocalDate.now().minusMonths(2),
				"Test Imaging", Manufacturer.HOLOGIC, "Horizon A", List.of(new ScanCommand.SiteCommand(
						DexaSite.LUMBAR_SPINE, null, "L1-L4", new BigDecimal("0.912"), new BigDecimal("-1.4"), null, null))))
			.id();
	}

	/** A one-time invitation link token for a new account (each call a new one). */
	public String invitationToken() {
		return accounts.create(new NewAccount(TestPeople.uniqueEmail("invitee"), "Invited Person", Role.PATIENT), null)
			.token();
	}

	private long weight(AuthenticatedUser patient) {
		return profiles.recordWeight(patient.id(), LocalDate.now().minusDays(3), new BigDecimal("61.4"), MassUnit.KG)
			.id();
	}

	/** The people and records of one test class. */
	public record World(AuthenticatedUser clinician, AuthenticatedUser patient, AuthenticatedUser otherClinician,
			AuthenticatedUser otherPatient, AuthenticatedUser admin, long patientWeight, long otherPatientWeight,
			NewAccessToken patientToken, NewAccessToken clinicianToken, NewAccessToken adminToken,
			NewAccessToken otherPatientToken, NewAccessToken otherClinicianToken, Map<String, Long> records) {

		/** A module's record by name, e.g. {@code record("otherPatientScan")}. */
		public long record(String name) {
			Long id = records.get(name);
			if (id == null) {
				throw new IllegalArgumentException("No record " + name + " in the security world: add it in create()");
			}
			return id;
		}

		public AuthenticatedUser person(Who who) {
			return switch (who) {
				case PATIENT -> patient;
				case CLINICIAN -> clinician;
				case ADMIN -> admin;
				case ANONYMOUS -> throw new IllegalArgumentException("anonymous is nobody");
			};
		}

		/** The person's own access token (for Bearer requests and for routes that take a token id). */
		public NewAccessToken token(Who who) {
			return switch (who) {
				case PATIENT -> patientToken;
				case CLINICIAN -> clinicianToken;
				case ADMIN -> adminToken;
				case ANONYMOUS -> throw new IllegalArgumentException("anonymous has no token");
			};
		}

		/** Signs the request in with a browser session as {@code who}; anonymous stays anonymous. */
		public RequestPostProcessor as(Who who) {
			return who == Who.ANONYMOUS ? request -> request : SecurityMockMvcRequestPostProcessors.user(person(who));
		}

	}

}
