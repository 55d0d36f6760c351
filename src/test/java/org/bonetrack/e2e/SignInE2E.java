package org.bonetrack.e2e;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.support.TestPeople;
import org.bonetrack.support.browser.Browser;
import org.bonetrack.support.browser.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out in a real browser, including the lockout and a new session id at sign-in. */
@BrowserTest
class SignInE2E {

	private static final String FAILED = "The e-mail or password is not right";

	@Autowired
	TestPeople people;

	@Test
	void aPatientSignsInLandsOnTheirHomeAndSignsOut(Browser browser) {
		AuthenticatedUser patient = people.patient();

		browser.signIn(patient.email(), TestPeople.PASSWORD);
		assertThat(browser.currentPath()).isEqualTo("/me");
		assertThat(browser.heading()).isEqualTo("Hello, " + patient.displayName());

		browser.submit("Sign out");
		assertThat(browser.currentPath()).isEqualTo("/login?logout");
		assertThat(browser.mainText()).contains("You are signed out.");
		browser.open("/me");
		assertThat(browser.currentPath()).isEqualTo("/login");
	}

	@Test
	void theSessionIdChangesAtSignIn(Browser browser) {
		AuthenticatedUser clinician = people.clinician();
		browser.signOut().open("/login");
		String anonymousSession = browser.cookie("SESSION");
		assertThat(anonymousSession).as("the login page starts a session for its CSRF token").isNotNull();

		browser.fill("E-mail", clinician.email()).fill("Password", TestPeople.PASSWORD).submit("Sign in");

		assertThat(browser.currentPath()).isEqualTo("/clinician/patients");
		assertThat(browser.cookie("SESSION")).isNotNull().isNotEqualTo(anonymousSession);
	}

	@Test
	void aWrongPasswordIsExplainedBesideTheFormAndTiedToTheEmailField(Browser browser) {
		AuthenticatedUser patient = people.patient();

		browser.signIn(patient.email(), "not the password");

		assertThat(browser.currentPath()).isEqualTo("/login?error");
		assertThat(browser.mainText()).contains(FAILED);
		assertThat(browser.field("E-mail").getAttribute("aria-describedby")).isEqualTo("login-error");
	}

	@Test
	void fiveWrongPasswordsLockTheAccountAndTheRightOneIsThenRefusedWithTheSameMessage(Browser browser) {
		AuthenticatedUser patient = people.patient();

		browser.withoutPageChecks(() -> {
			for (int attempt = 1; attempt <= 5; attempt++) {
				browser.signIn(patient.email(), "wrong password " + attempt);
				assertThat(browser.mainText()).contains(FAILED);
			}
		});
		browser.signIn(patient.email(), TestPeople.PASSWORD);

		assertThat(browser.currentPath()).isEqualTo("/login?error");
		assertThat(browser.mainText()).contains(FAILED);
		browser.open("/me");
		assertThat(browser.currentPath()).isEqualTo("/login");
	}

}
