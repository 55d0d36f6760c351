package org.bonetrack.exercise;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.patients.Patients;
import org.bonetrack.patients.internal.ProfileService;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.support.TestDatabaseConfiguration;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session form's script in a real (headless, offline) Chromium under the strict CSP: the form
 * shows the part for the chosen type, adds rows in place, and shows the vest as a share of body
 * weight; what it sends is saved as typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestDatabaseConfiguration.class, TestPeople.class })
class ExerciseFormE2E {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	Patients patients;

	@Autowired
	ProfileService profiles;

	@Autowired
	ExerciseLog log;

	private WebDriver browser;

	private Path profile;

	@BeforeEach
	void startBrowser() throws Exception {
		profile = Files.createTempDirectory("bonetrack-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getenv().getOrDefault("BONETRACK_CHROME_BINARY", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--no-first-run", "--force-prefers-reduced-motion", "--disable-background-networking", "--disable-extensions", "--lang=en-GB",
				"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost", "--window-size=1280,900",
				"--user-data-dir=" + profile);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(System.getenv().getOrDefault("BONETRACK_CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theFormShowsThePartForTheTypeAddsRowsInPlaceAndSavesWhatWasTyped() {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());
		signIn(patient);

		open("/me/exercise/new?type=RESISTANCE");
		assertThat(section("sets").isDisplayed()).isTrue();
		assertThat(section("impacts").isDisplayed()).isFalse();

		click(By.cssSelector("label[for='type-IMPACT']"));
		assertThat(section("sets").isDisplayed()).isFalse();
		assertThat(section("impacts").isDisplayed()).isTrue();
		assertThat(browser.findElements(By.cssSelector("tr.impact-row"))).hasSize(3);

		click(By.xpath("//button[normalize-space()='Add more activity rows']"));
		List<WebElement> rows = browser.findElements(By.cssSelector("tr.impact-row"));
		assertThat(rows).hasSize(5);
		assertThat(browser.switchTo().activeElement().getAttribute("name")).isEqualTo("impacts[3].activity");
		select("impacts0activity", "hops");
		type("impacts0count", "45");
		select("impacts4activity", "stamps");
		type("impacts4count", "30");
		click(By.xpath("//button[normalize-space()='Save the session']"));

		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Impact session");
		assertThat(log.sessions(patient.id(), today, today)).singleElement()
			.satisfies(session -> assertThat(session.impacts()).extracting(ImpactView::activityKey, ImpactView::count)
				.containsExactly(org.assertj.core.api.Assertions.tuple("hops", 45),
						org.assertj.core.api.Assertions.tuple("stamps", 30)));
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void theVestLoadIsShownAsAShareOfBodyWeightWhileTyping() {
		AuthenticatedUser patient = people.patient();
		profiles.recordWeight(patient.id(), patients.today(patient.id()), new BigDecimal("60"), MassUnit.KG);
		signIn(patient);

		open("/me/exercise/new?type=WEIGHTED_VEST_WALK");
		assertThat(section("sets").isDisplayed()).isFalse();
		type("vestLoad", "4.5");

		assertThat(browser.findElement(By.cssSelector(".vest-share")).getText())
			.isEqualTo("That is 8 % of your latest body weight.");
		assertThat(consoleErrors()).isEmpty();
	}

	private void signIn(AuthenticatedUser user) {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(user.email());
		browser.findElement(By.id("password")).sendKeys(TestPeople.PASSWORD);
		browser.findElement(By.cssSelector("form button[type='submit']")).click();
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	/** Clicks like a person: the element is scrolled into the middle of the window first. */
	private void click(By by) {
		WebElement element = browser.findElement(by);
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				element);
		element.click();
	}

	private WebElement section(String id) {
		return browser.findElement(By.id(id));
	}

	private void type(String id, String text) {
		WebElement input = browser.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	private void select(String id, String value) {
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id(id))).selectByValue(value);
	}

	/** Script errors and CSP violations the page reported. */
	private List<String> consoleErrors() {
		return browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			// The layout has no favicon yet; that 404 is not this page's doing.
			.filter(entry -> !entry.getMessage().contains("favicon.ico"))
			.map(LogEntry::getMessage)
			.toList();
	}

}
