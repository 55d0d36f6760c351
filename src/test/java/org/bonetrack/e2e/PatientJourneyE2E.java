package org.bonetrack.e2e;

import java.util.List;

import org.bonetrack.accounts.AuthenticatedUser;
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
 * patient completes the profile and records a weight; the clinician finds the patient on their
 * list, and the admin sees that read in the audit log. Every page on the way passes the page
 * checks (axe-core, console, CSP) of {@link Browser}.
 * <p>
 * Steps are numbered by hundreds and keep what later steps need in fields ({@link #clinician},
 * {@link #patient}); a new step is one more {@code @Test @Order(n)} method at its place in the story.
 */
@Journey
class PatientJourneyE2E {

	@Autowired
	TestPeople people;

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
	@Order(900)
	void adminSeesTheCliniciansReadInTheAuditLog(Browser browser) {
		browser.signIn(admin.email(), TestPeople.PASSWORD);
		browser.follow("Audit log").fill("User e-mail contains", clinician.email).submit("Filter");

		List<List<String>> entries = browser.table("entries, newest first");
		assertThat(entries).anySatisfy(row -> assertThat(row).containsSubsequence(clinician.email,
				"PATIENT_RECORD_VIEWED", String.valueOf(patient.id), "patient list"));
		assertThat(entries).anySatisfy(row -> assertThat(row).contains("LOGIN_SUCCEEDED"));
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
