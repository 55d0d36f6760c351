package org.bonetrack.support.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts a headless Chromium for the journeys, fully offline: the binary and the driver are
 * named (Debian's by default, BONETRACK_CHROME_BINARY / BONETRACK_CHROMEDRIVER elsewhere), so
 * Selenium Manager never runs and never downloads anything, and Chromium resolves no host but
 * this machine. A missing browser fails the tests with a message saying what to install.
 */
public final class Chromium {

	static final String DEFAULT_BINARY = "/usr/bin/chromium";

	static final String DEFAULT_DRIVER = "/usr/bin/chromedriver";

	/** Wide enough for the desktop layout; the zoom check narrows it on purpose. */
	static final int WIDTH = 1280;

	static final int HEIGHT = 900;

	private Chromium() {
	}

	/** Starts Chromium with {@code profile} as its (fresh, empty) user data directory. */
	public static ChromeDriver start(Path profile) {
		Path binary = executable(System.getenv("BONETRACK_CHROME_BINARY"), DEFAULT_BINARY, "BONETRACK_CHROME_BINARY",
				"Chromium");
		Path driver = executable(System.getenv("BONETRACK_CHROMEDRIVER"), DEFAULT_DRIVER, "BONETRACK_CHROMEDRIVER",
				"ChromeDriver");

		ChromeOptions options = new ChromeOptions();
		options.setBinary(binary.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--disable-extensions", "--force-prefers-reduced-motion", "--disable-default-apps",
				"--lang=en-GB",
				"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
				"--window-size=" + WIDTH + "," + HEIGHT, "--user-data-dir=" + profile);
		// The journeys fail on any script error or CSP violation the page reports to the console.
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		options.setExperimentalOption("prefs", Map.of("credentials_enable_service", false,
				"profile.password_manager_enabled", false, "intl.accept_languages", "en-GB"));
		options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));

		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver chrome = new ChromeDriver(service, options);
		chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
		return chrome;
	}

	/** The configured path, or the fallback when none is set; must be an executable file. */
	static Path executable(String configured, String fallback, String variable, String what) {
		Path path = Path.of(configured == null || configured.isBlank() ? fallback : configured);
		if (!Files.isExecutable(path)) {
			throw new IllegalStateException(what + " is needed for the browser journeys but " + path
					+ " is not an executable file. Install Debian's packages (apt-get install -y chromium "
					+ "chromium-driver; .ci/run does it) or point " + variable + " at the " + what + " to use.");
		}
		return path;
	}

}
