package org.bonetrack.exercise;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.patients.Patients;
import org.bonetrack.patients.internal.ProfileService;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.support.TestPeople;
import org.bonetrack.support.browser.Browser;
import org.bonetrack.support.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The session form's script in headless Chromium under the strict CSP: the form shows the part
 * for the chosen type, adds rows in place, and shows the vest as a share of body weight; what it
 * sends is saved as typed. (Every page load is also checked with axe-core and for console errors.)
 */
@BrowserTest
class ExerciseFormE2E {

	@Autowired
	TestPeople people;

	@Autowired
	Patients patients;

	@Autowired
	ProfileService profiles;

	@Autowired
	ExerciseLog log;

	@Test
	void theFormShowsThePartForTheTypeAddsRowsInPlaceAndSavesWhatWasTyped(Browser browser) {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());
		browser.signIn(patient.email(), TestPeople.PASSWORD).open("/me/exercise/new?type=RESISTANCE");
		WebDriver page = browser.driver();
		assertThat(page.findElement(By.id("sets")).isDisplayed()).isTrue();
		assertThat(page.findElement(By.id("impacts")).isDisplayed()).isFalse();

		browser.choose("Impact");
		assertThat(page.findElement(By.id("sets")).isDisplayed()).isFalse();
		assertThat(page.findElement(By.id("impacts")).isDisplayed()).isTrue();
		assertThat(page.findElements(By.cssSelector("tr.impact-row"))).hasSize(3);

		browser.script("document.evaluate(\"//button[normalize-space()='Add more activity rows']\", document, null, "
				+ "XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue.click()");
		assertThat(page.findElements(By.cssSelector("tr.impact-row"))).hasSize(5);
		assertThat(page.switchTo().activeElement().getAttribute("name")).isEqualTo("impacts[3].activity");
		new org.openqa.selenium.support.ui.Select(page.findElement(By.id("impacts0activity"))).selectByValue("hops");
		page.findElement(By.id("impacts0count")).sendKeys("45");
		new org.openqa.selenium.support.ui.Select(page.findElement(By.id("impacts4activity"))).selectByValue("stamps");
		page.findElement(By.id("impacts4count")).sendKeys("30");
		browser.submit("Save the session");

		assertThat(browser.heading()).startsWith("Impact session");
		assertThat(log.sessions(patient.id(), today, today)).singleElement()
			.satisfies(session -> assertThat(session.impacts()).extracting(ImpactView::activityKey, ImpactView::count)
				.containsExactly(tuple("hops", 45), tuple("stamps", 30)));
	}

	@Test
	void theVestLoadIsShownAsAShareOfBodyWeightWhileTyping(Browser browser) {
		AuthenticatedUser patient = people.patient();
		profiles.recordWeight(patient.id(), patients.today(patient.id()), new BigDecimal("60"), MassUnit.KG);
		browser.signIn(patient.email(), TestPeople.PASSWORD).open("/me/exercise/new?type=WEIGHTED_VEST_WALK");
		assertThat(browser.driver().findElement(By.id("sets")).isDisplayed()).isFalse();

		browser.fill("Vest load (kg)", "4.5");

		assertThat(browser.driver().findElement(By.cssSelector(".vest-share")).getText())
			.isEqualTo("That is 8 % of your latest body weight.");
	}

}
