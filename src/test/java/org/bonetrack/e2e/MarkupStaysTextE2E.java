package org.bonetrack.e2e;

import org.bonetrack.support.TestPeople;
import org.bonetrack.support.browser.Browser;
import org.bonetrack.support.browser.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored markup seen by a real browser: it shows as the text that was typed, creates no element
 * and runs nothing (and the page checks would report a CSP violation if anything tried).
 */
@BrowserTest
class MarkupStaysTextE2E {

	private static final String NAME = "Eve <img src=x onerror=\"document.title='owned'\"><script>document.title='owned'</script>";

	@Autowired
	TestPeople people;

	@Test
	void markupInANameIsShownAsTypedAndNeverRuns(Browser browser) {
		browser.signIn(people.admin().email(), TestPeople.PASSWORD);

		browser.follow("Create an account")
			.choose("Patient")
			.fill("Full name", NAME)
			.fill("E-mail", TestPeople.uniqueEmail("eve"))
			.submit("Create account");

		assertThat(browser.heading()).isEqualTo(NAME);
		assertThat(browser.flash()).contains(NAME);
		assertThat(browser.title()).isEqualTo("Account · BoneTrack");
		assertThat(browser.script("return document.querySelectorAll('main img, main script').length;")).isEqualTo(0L);

		browser.follow("Care team");
		assertThat(browser.heading()).isEqualTo("Care team of " + NAME);
		browser.open("/admin/users?q=eve");
		assertThat(browser.table("accounts")).anySatisfy(row -> assertThat(row.get(0)).isEqualTo(NAME));
		assertThat(browser.title()).isEqualTo("Users · BoneTrack");
	}

}
