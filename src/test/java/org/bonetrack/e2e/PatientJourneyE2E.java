package org.bonetrack.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.IsoWeek;
import org.bonetrack.support.TestPeople;
import org.bonetrack.support.browser.Browser;
import org.bonetrack.support.browser.Journey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A patient's way into BoneTrack, step by step in one browser: an admin opens accounts for a
 * clinician and a patient and joins them in a care team; both accept their invitations; the
 * patient completes the profile, records a weight, logs a resistance and an impact session and a
 * day of food and supplements, and sees this week's score move; the clinician finds the patient on
 * their list, records a DEXA scan and sees the patient's flags on the list and her page; the admin
 * sees the clinician's reads in the audit log; the patient downloads all of her data. Every page
 * on the way passes the page checks (axe-core, console, CSP) of {@link Browser}.
 * <p>
 * Steps are numbered by hundreds and keep what later steps need in fields ({@link #clinician},
 * {@link #patient}); a new step is one more {@code @Test @Order(n)} method at its place in the story.
 */
@Journey
class PatientJourneyE2E {

	@Autowired
	TestPeople people;

	@Autowired
	Patients patients;

	private IsoWeek thisWeek;

	private int scoreBefore;

	private AuthenticatedUser admin;

	private final Person clinician = new Person("Dr Imogen Hart", TestPeople.uniqueEmail("imogen.hart"),
			"wind over the harbour wall");

	private final Person patient = new Person("Rosalind Okoye", TestPeople.uniqueEmail("rosalind.okoye"),
			"seven lanterns by the river");

	@BeforeAll
	void anAdminExists() {
		admin = people.admin();
	}

	@Test
	@Order(100)
	void adminOpensAnAccountForTheClinician(Browser browser) {
		browser.signIn(admin.email(), TestPeople.PASSWORD);
		assertThat(browser.currentPath()).isEqualTo("/admin/users");

		browser.follow("Create an account").choose("Clinician").fill("E-mail", clinician.email).submit("Create account");
		assertThat(browser.errorFor("Full name")).isNotBlank();
		assertThat(browser.errorSummary()).hasSize(1);
		assertThat(browser.value("E-mail")).as("the form keeps what was typed").isEqualTo(clinician.email);

		browser.fill("Full name", clinician.name).submit("Create account");
		assertThat(browser.flash()).startsWith("Account created.");
		assertThat(browser.heading()).isEqualTo(clinician.name);
		clinician.invitation = browser.value("Invitation link");
		clinician.id = idAtEndOf(browser.currentPath());
	}

	@Test
	@Order(200)
	void adminOpensAnAccountForThePatient(Browser browser) {
		browser.follow("← Users").follow("Create an account");
		browser.choose("Patient").fill("Full name", patient.name).fill("E-mail", patient.email).submit("Create account");

		assertThat(browser.flash()).contains(patient.name);
		patient.invitation = browser.value("Invitation link");
		patient.id = idAtEndOf(browser.currentPath());
		assertThat(patient.invitation).startsWith(browser.baseUrl() + "/invite/");
	}

	@Test
	@Order(300)
	void adminPutsThePatientOnTheCliniciansCareTeam(Browser browser) {
		browser.follow("Care team");
		assertThat(browser.heading()).isEqualTo("Care team of " + patient.name);

		browser.choose(clinician.name + " (" + clinician.email + ")").submit("Save care team");

		assertThat(browser.flash()).isEqualTo("The care team of " + patient.name + " was saved.");
		assertThat(browser.field(clinician.name + " (" + clinician.email + ")").isSelected()).isTrue();
		browser.signOut();
	}

	@Test
	@Order(400)
	void clinicianAcceptsTheInvitationAndSignsIn(Browser browser) {
		acceptInvitation(browser, clinician);

		browser.signIn(clinician.email, clinician.password);
		assertThat(browser.currentPath()).isEqualTo("/clinician/patients");
		browser.signOut();
	}

	@Test
	@Order(500)
	void patientAcceptsTheInvitationWithALongEnoughPasswordAndSignsIn(Browser browser) {
		browser.visit(patient.invitation);
		browser.fill("New password", "too short").fill("Type the password again", "too short").submit("Set password");
		assertThat(browser.errorFor("New password")).isEqualTo("Use at least 12 characters.");

		acceptInvitation(browser, patient);
		browser.open(patient.invitationPath());
		assertThat(browser.heading()).as("the link works once").isEqualTo("This invitation link does not work");

		browser.signIn(patient.email, patient.password);
		assertThat(browser.currentPath()).isEqualTo("/me");
		assertThat(browser.heading()).isEqualTo("Hello, " + patient.name);
		assertThat(browser.mainText()).contains("Start by completing your profile");
	}

	@Test
	@Order(600)
	void patientCompletesTheProfile(Browser browser) {
		browser.follow("your profile");

		browser.fill("Date of birth", "1958-03-14")
			.select("Sex", "Female")
			.fill("Height (cm)", "163")
			.fill("Anastrozole start date", "2025-09-01")
			.select("Time zone", "Europe/London")
			.choose("kg")
			.submit("Save profile");

		assertThat(browser.flash()).isEqualTo("Your profile was saved.");
		assertThat(browser.value("Date of birth")).isEqualTo("1958-03-14");
		assertThat(browser.value("Height (cm)")).startsWith("163");
		assertThat(browser.value("Time zone")).isEqualTo("Europe/London");
	}

	@Test
	@Order(700)
	void patientRecordsTheirWeight(Browser browser) {
		browser.fill("Weight (kg)", "sixty").submit("Record");
		assertThat(browser.errorFor("Weight (kg)")).isNotBlank();

		browser.fill("Weight (kg)", "64.5").submit("Record");

		assertThat(browser.flash()).isEqualTo("Your weight was recorded.");
		List<List<String>> weights = browser.table("Your recorded weights");
		assertThat(weights).hasSize(1);
		assertThat(weights.get(0)).startsWith(browser.value("Date"), "64.5");
		browser.follow("Home");
		assertThat(browser.mainText()).doesNotContain("Start by completing your profile");
	}

	@Test
	@Order(710)
	void patientLogsAResistanceSession(Browser browser) {
		thisWeek = IsoWeek.of(patients.today(patient.id));
		scoreBefore = totalScoreOf(browser, thisWeek);

		browser.open("/me/exercise/new").choose("Resistance");
		String[][] sets = { { "Squat", "8", "40" }, { "Squat", "8", "40" }, { "Deadlift", "6", "50" },
				{ "Deadlift", "6", "50" }, { "Overhead press", "8", "15" }, { "Overhead press", "8", "15" } };
		for (int i = 0; i < sets.length; i++) {
			String set = "Set " + (i + 1);
			browser.select(set + ": exercise", sets[i][0]).fill(set + ": reps", sets[i][1]).fill(set + ": load in kg", sets[i][2]);
		}
		browser.submit("Save the session");

		assertThat(browser.flash()).isEqualTo("Your session was saved.");
		assertThat(browser.heading()).startsWith("Resistance session");
		assertThat(browser.mainText()).contains("Squat", "Deadlift", "Overhead press");
	}

	@Test
	@Order(720)
	void patientLogsAnImpactSession(Browser browser) {
		browser.open("/me/exercise/new").choose("Impact");
		browser.select("Activity 1", "Hops and low jumps (peak force 3.5 × body weight)")
			.fill("Activity 1: number of impacts", "none");
		browser.submit("Save the session");
		assertThat(browser.errorFor("Activity 1: number of impacts")).as("a count must be a number").isNotBlank();

		browser.fill("Activity 1: number of impacts", "60").submit("Save the session");

		assertThat(browser.flash()).isEqualTo("Your session was saved.");
		assertThat(browser.heading()).startsWith("Impact session");
		browser.follow("← All your sessions");
		assertThat(browser.mainText()).contains("Resistance", "Impact");
	}

	@Test
	@Order(730)
	void patientLogsADayOfFoodAndSupplements(Browser browser) {
		browser.open("/me/nutrition/" + patients.today(patient.id));

		browser.fill("Search the food table", "sardine atlantic").submit("Search");
		browser.submit("Add Fish, sardine, Atlantic, canned in oil, drained solids with bone");
		assertThat(browser.flash()).startsWith("Added Fish, sardine, Atlantic");

		browser.select("Supplement", "Calcium carbonate, 500 mg calcium — 500 mg calcium per tablet")
			.fill("How many (tablets, capsules or scoops)", "1")
			.submit("Add supplement");
		browser.select("Supplement", "Vitamin D3, 1000 IU (25 µg) — 25 µg vitamin D (1000 IU) per capsule")
			.fill("How many (tablets, capsules or scoops)", "1")
			.submit("Add supplement");

		assertThat(browser.flash()).startsWith("Added Vitamin D3");
		assertThat(browser.table("What was logged on this day")).hasSize(3);
		assertThat(browser.table("This day's total of each nutrient")).anySatisfy(row -> assertThat(row.get(0)).contains("Calcium"));
	}

	@Test
	@Order(740)
	void patientSeesThisWeeksScoreMove(Browser browser) {
		int scoreAfter = totalScoreOf(browser, thisWeek);

		assertThat(scoreAfter).as("this week's total after logging, was %d", scoreBefore).isGreaterThan(scoreBefore);
		assertThat(browser.mainText()).contains("This week is still running");
		browser.follow("Weekly scores");
		assertThat(browser.table("Weekly scores")).anySatisfy(row -> assertThat(row.get(0)).startsWith(thisWeek.toString()))
			.allSatisfy(row -> {
				if (row.get(0).startsWith(thisWeek.toString())) {
					assertThat(row.get(2)).isEqualTo(String.valueOf(scoreAfter));
				}
			});
	}

	@Test
	@Order(800)
	void clinicianFindsThePatientOnTheirList(Browser browser) {
		browser.signIn(clinician.email, clinician.password);

		assertThat(browser.table("on your care team")).singleElement()
			.satisfies(row -> assertThat(row).containsSubsequence(patient.name, patient.email, "1958-03-14", "2025-09-01"));
		browser.fill("Search by name or e-mail", "okoye").submit("Search");
		assertThat(browser.table("on your care team")).extracting(row -> row.get(0)).containsExactly(patient.name);
		browser.fill("Search by name or e-mail", "nobody of that name").submit("Search");
		assertThat(browser.mainText()).contains("No patients on your care team match.");
	}

	@Test
	@Order(850)
	void clinicianRecordsADexaScan(Browser browser) {
		browser.open("/clinician/patients/" + patient.id + "/dexa/new");
		browser.fill("Date of the scan", patients.today(patient.id).toString())
			.fill("Facility", "Northgate Imaging Centre")
			.select("Scanner manufacturer", "Hologic")
			.fillIn("Lumbar spine", "Vertebrae used", "L1-L4")
			.fillIn("Lumbar spine", "BMD (g/cm²)", "0.792")
			.fillIn("Lumbar spine", "T-score", "-2.7")
			.fillIn("Lumbar spine", "Z-score", "-1.1")
			.fillIn("Total hip, left", "BMD (g/cm²)", "0.801")
			.fillIn("Total hip, left", "T-score", "-1.6")
			.fillIn("Total hip, left", "Z-score", "-0.4");
		browser.submit("Record scan");

		assertThat(browser.flash()).isEqualTo("The scan of " + patients.today(patient.id) + " was recorded.");
		assertThat(browser.mainText()).contains("Osteoporosis", "0.792");
	}

	@Test
	@Order(860)
	void clinicianSeesThePatientOnTheListWithTheRightFlags(Browser browser) {
		browser.open("/clinician/patients");

		List<String> row = browser.table("on your care team").get(0);
		assertThat(row.get(0)).isEqualTo(patient.name);
		assertThat(String.join(" | ", row)).contains("-2.7", "Osteoporosis", "Not due", "Meets",
				patients.today(patient.id).toString());

		browser.follow(patient.name);
		assertThat(browser.heading()).contains(patient.name);
		assertThat(browser.mainText()).contains("Meets the 2017 AIBL joint-position treatment criteria", "0.792");
	}

	@Test
	@Order(900)
	void adminSeesTheCliniciansReadInTheAuditLog(Browser browser) {
		browser.signIn(admin.email(), TestPeople.PASSWORD);
		browser.follow("Audit log").fill("User e-mail contains", clinician.email).submit("Filter");

		List<List<String>> entries = browser.table("entries, newest first");
		assertThat(entries).anySatisfy(row -> assertThat(row).containsSubsequence(clinician.email,
				"PATIENT_RECORD_VIEWED", String.valueOf(patient.id), "patient list"));
		assertThat(entries).anySatisfy(row -> assertThat(row).contains("LOGIN_SUCCEEDED"));
	}

	@Test
	@Order(1000)
	void patientExportsTheirData(Browser browser) throws IOException {
		browser.signIn(patient.email, patient.password).open("/me/export");

		Map<String, String> files = unzip(browser.download("/me/export/download"));

		assertThat(files).containsKeys("bonetrack-export.json", "account.csv", "exercise_sessions.csv", "exercise_sets.csv",
				"exercise_impacts.csv", "nutrition_entries.csv", "dexa_scans.csv", "body_weights.csv");
		assertThat(files.get("exercise_sessions.csv").lines().skip(1)).hasSize(2);
		assertThat(files.get("exercise_sets.csv").lines().skip(1)).hasSize(6);
		assertThat(files.get("nutrition_entries.csv").lines().skip(1)).hasSize(3);
		assertThat(files.get("dexa_site_results.csv")).contains("0.792");
		assertThat(files.get("account.csv")).contains(patient.name, patient.email);
		assertThat(files.get("bonetrack-export.json")).contains(patient.email, "1958-03-14");
	}

	/** Reads {@code totalScoreOf} from the week's page, which scores the running week on read. */
	private static int totalScoreOf(Browser browser, IsoWeek week) {
		browser.open("/me/scores/" + week);
		return Integer.parseInt(browser.driver().findElement(org.openqa.selenium.By.cssSelector(".score-summary .fs-3"))
			.getText()
			.trim());
	}

	private static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

	private static void acceptInvitation(Browser browser, Person person) {
		browser.visit(person.invitation);
		assertThat(browser.heading()).isEqualTo("Welcome to BoneTrack");
		assertThat(browser.mainText()).contains(person.email);
		browser.fill("New password", person.password)
			.fill("Type the password again", person.password)
			.submit("Set password");
		assertThat(browser.currentPath()).isEqualTo("/login");
		assertThat(browser.flash()).startsWith("Your password is set.");
	}

	private static long idAtEndOf(String path) {
		return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
	}

	/** Someone the journey follows, and what the story has learnt about them so far. */
	static final class Person {

		final String name;

		final String email;

		final String password;

		long id;

		String invitation;

		Person(String name, String email, String password) {
			this.name = name;
			this.email = email;
			this.password = password;
		}

		String invitationPath() {
			return invitation.substring(invitation.indexOf("/invite/"));
		}

	}

}
