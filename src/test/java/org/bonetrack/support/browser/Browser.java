package org.bonetrack.support.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's browser, with the few moves every journey needs: open a page, fill a field by its
 * label, submit, read the flash message or a field's error. After every page load it checks the
 * page: no serious or critical axe-core violation, and no script error or CSP violation in the
 * console. A failed check is an {@link AssertionError} naming the page and what is wrong.
 */
public final class Browser implements AutoCloseable {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private final ChromeDriver driver;

	private final Path profile;

	private final String baseUrl;

	private final Set<String> checkedPages = new LinkedHashSet<>();

	private boolean checkPages = true;

	Browser(ChromeDriver driver, Path profile, String baseUrl) {
		this.driver = driver;
		this.profile = profile;
		this.baseUrl = baseUrl;
	}

	public static Browser start(String baseUrl) {
		try {
			Path profile = Files.createTempDirectory("bonetrack-chromium-");
			return new Browser(Chromium.start(profile), profile, baseUrl);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a profile directory for Chromium", ex);
		}
	}

	// ---- navigation -------------------------------------------------------------------------

	/** Opens a path of BoneTrack (e.g. {@code /me/profile}) and checks the page. */
	public Browser open(String path) {
		driver.get(baseUrl + path);
		return loaded();
	}

	/** Opens a full link BoneTrack handed out (e.g. an invitation), which must point at this server. */
	public Browser visit(String url) {
		if (!url.startsWith(baseUrl + "/")) {
			throw new AssertionError("The link " + url + " does not point at BoneTrack on " + baseUrl);
		}
		return open(url.substring(baseUrl.length()));
	}

	/** Follows the link with this visible text (the first one, in document order). */
	public Browser follow(String linkText) {
		return navigateBy(find(By.xpath("//a[normalize-space(.)=" + literal(linkText) + "]"), "link " + quote(linkText)));
	}

	/** Clicks the button with this visible text and waits for the page it leads to. */
	public Browser submit(String buttonText) {
		return navigateBy(button(buttonText));
	}

	/** Presses Enter in the field with this label, submitting its form from the keyboard. */
	public Browser pressEnterIn(String label) {
		WebElement field = field(label);
		WebElement page = driver.findElement(By.tagName("html"));
		field.sendKeys(org.openqa.selenium.Keys.ENTER);
		awaitLeaving(page);
		return loaded();
	}

	private Browser navigateBy(WebElement element) {
		WebElement page = driver.findElement(By.tagName("html"));
		click(element);
		awaitLeaving(page);
		return loaded();
	}

	/**
	 * Waits until the old page's root element is gone. ChromeDriver reports a node removed while it
	 * checks it either as a stale reference or as an inspector error ("does not belong to the
	 * document"); both mean the old page is gone (the second failed a CI run).
	 */
	private void awaitLeaving(WebElement page) {
		new WebDriverWait(driver, WAIT).until(d -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return true;
			}
			catch (WebDriverException ex) {
				if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		});
	}

	private Browser loaded() {
		new WebDriverWait(driver, WAIT)
			.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
		if (checkPages) {
			check();
		}
		return this;
	}

	/** Runs the page checks on the page as it is now (they run by themselves after each load). */
	public void check() {
		String page = currentPath();
		List<String> console = consoleProblems();
		List<Axe.Violation> blocking = Axe.analyse(driver).stream().filter(Axe.Violation::blocking).toList();
		checkedPages.add(page.replaceAll("[?#].*", "").replaceAll("/\\d+", "/{id}").replaceAll("/invite/[^/]+", "/invite/{token}"));
		StringBuilder problems = new StringBuilder();
		if (!blocking.isEmpty()) {
			problems.append(blocking.size()).append(" serious or critical accessibility violation(s):\n");
			blocking.forEach(violation -> problems.append(violation.describe()));
		}
		if (!console.isEmpty()) {
			problems.append("Console errors or CSP violations:\n");
			console.forEach(line -> problems.append("  ").append(line).append('\n'));
		}
		if (!problems.isEmpty()) {
			throw new AssertionError("Page " + page + " (\"" + driver.getTitle() + "\") fails its checks.\n" + problems);
		}
	}

	/** Runs {@code steps} without the automatic page checks (e.g. many identical sign-in attempts). */
	public void withoutPageChecks(Runnable steps) {
		checkPages = false;
		try {
			steps.run();
		}
		finally {
			checkPages = true;
			consoleProblems();
		}
	}

	private List<String> consoleProblems() {
		String current = driver.getCurrentUrl();
		List<String> problems = new ArrayList<>();
		for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
			String message = entry.getMessage();
			boolean expectedStatusOfThisPage = current != null && message.startsWith(current + " ")
					&& message.contains("Failed to load resource");
			if (!expectedStatusOfThisPage && (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
					|| message.contains("Content Security Policy"))) {
				problems.add(entry.getLevel() + " " + message);
			}
		}
		return problems;
	}

	// ---- people -----------------------------------------------------------------------------

	/** Signs in through the login form, as a person would, starting from a fresh session. */
	public Browser signIn(String email, String password) {
		signOut();
		open("/login");
		fill("E-mail", email);
		fill("Password", password);
		return submit("Sign in");
	}

	/** Signs out with the button when signed in, and forgets every cookie either way. */
	public Browser signOut() {
		if (!driver.findElements(By.xpath("//button[normalize-space(.)='Sign out']")).isEmpty()) {
			submit("Sign out");
		}
		driver.manage().deleteAllCookies();
		return this;
	}

	// ---- forms ------------------------------------------------------------------------------

	/** Types into the field whose label reads {@code label}, replacing what was there. */
	public Browser fill(String label, String value) {
		WebElement field = field(label);
		String type = field.getAttribute("type");
		if ("date".equals(type) || "time".equals(type) || "month".equals(type) || "week".equals(type)) {
			// Typing into date widgets depends on the browser's locale; set the ISO value instead.
			((JavascriptExecutor) driver).executeScript("""
					arguments[0].value = arguments[1];
					arguments[0].dispatchEvent(new Event('input', { bubbles: true }));
					arguments[0].dispatchEvent(new Event('change', { bubbles: true }));
					""", field, value);
		}
		else {
			field.clear();
			field.sendKeys(value);
		}
		return this;
	}

	/**
	 * Types into the field labelled {@code label} inside the fieldset whose legend reads
	 * {@code group}, for forms that repeat the same labels per group (a DEXA scan's sites).
	 */
	public Browser fillIn(String group, String label, String value) {
		WebElement fieldset = find(By.xpath("//fieldset[legend[normalize-space(.)=" + literal(group) + "]]"),
				"fieldset " + quote(group));
		List<WebElement> labels = fieldset.findElements(By.xpath(".//label[normalize-space(.)=" + literal(label) + "]"));
		if (labels.size() != 1) {
			throw new AssertionError("Expected one label " + quote(label) + " in " + quote(group) + " but found "
					+ labels.size());
		}
		WebElement field = driver.findElement(By.id(labels.get(0).getAttribute("for")));
		field.clear();
		field.sendKeys(value);
		return this;
	}

	/** Picks the option with this visible text in the select labelled {@code label}. */
	public Browser select(String label, String optionText) {
		WebElement select = field(label);
		// Clicking an option can leave Chromium's native list open over the page; choose it directly.
		Object chosen = script("""
				const option = Array.from(arguments[0].options).find(o => o.text.trim() === arguments[1]);
				if (!option) { return false; }
				arguments[0].value = option.value;
				arguments[0].dispatchEvent(new Event('input', { bubbles: true }));
				arguments[0].dispatchEvent(new Event('change', { bubbles: true }));
				return true;
				""", select, optionText);
		if (!Boolean.TRUE.equals(chosen)) {
			throw new AssertionError("The list " + quote(label) + " has no option " + quote(optionText) + "; it has "
					+ new Select(select).getOptions().stream().map(o -> o.getText().trim()).limit(20).toList());
		}
		return this;
	}

	/** Ticks the radio button or checkbox whose label reads {@code label}. */
	public Browser choose(String label) {
		WebElement box = field(label);
		if (!box.isSelected()) {
			click(box);
		}
		return this;
	}

	/** Unticks the checkbox whose label reads {@code label}. */
	public Browser unchoose(String label) {
		WebElement box = field(label);
		if (box.isSelected()) {
			click(box);
		}
		return this;
	}

	/** The current value of the field labelled {@code label}. */
	public String value(String label) {
		return field(label).getDomProperty("value");
	}

	/** The form control a {@code <label>} with exactly this text is for. */
	public WebElement field(String label) {
		List<WebElement> labels = driver.findElements(By.xpath("//label[normalize-space(.)=" + literal(label) + "]"));
		if (labels.size() != 1) {
			throw new AssertionError("Expected one label " + quote(label) + " on " + currentPath() + " but found "
					+ labels.size() + "; labels here: " + texts(By.tagName("label")));
		}
		String id = labels.get(0).getAttribute("for");
		if (id == null || id.isBlank()) {
			throw new AssertionError("Label " + quote(label) + " on " + currentPath() + " has no for= attribute");
		}
		return driver.findElement(By.id(id));
	}

	/** The error shown for a field, found as a person's screen reader finds it: via aria-describedby. */
	public String errorFor(String label) {
		WebElement field = field(label);
		String describedBy = field.getAttribute("aria-describedby");
		if (!"true".equals(field.getAttribute("aria-invalid")) || describedBy == null) {
			throw new AssertionError("Field " + quote(label) + " is not marked invalid with a described error");
		}
		return Arrays.stream(describedBy.split("\\s+"))
			.filter(id -> id.endsWith("-error"))
			.map(id -> driver.findElement(By.id(id)).getText().trim())
			.findFirst()
			.orElseThrow(() -> new AssertionError("Field " + quote(label) + " describes no error element"));
	}

	/** The entries of the form's error summary, in order. */
	public List<String> errorSummary() {
		return texts(By.cssSelector(".error-summary li"));
	}

	// ---- reading the page -------------------------------------------------------------------

	/** The success message shown after the last action. */
	public String flash() {
		return textOf(By.cssSelector("main > .alert-success[role=status]"), "flash message");
	}

	/** The warning shown after the last action. */
	public String warning() {
		return textOf(By.cssSelector("main > .alert-warning[role=alert]"), "warning");
	}

	public String heading() {
		return textOf(By.tagName("h1"), "heading");
	}

	/** The visible text of the main content. */
	public String mainText() {
		return driver.findElement(By.id("main")).getText();
	}

	/**
	 * The body rows of the table whose caption contains {@code caption}, each as its cells' texts.
	 */
	public List<List<String>> table(String caption) {
		WebElement table = find(By.xpath("//table[caption[contains(normalize-space(.), " + literal(caption) + ")]]"),
				"table captioned " + quote(caption));
		return table.findElements(By.cssSelector("tbody tr"))
			.stream()
			.map(row -> row.findElements(By.cssSelector("th, td")).stream().map(cell -> cell.getText().trim()).toList())
			.toList();
	}

	public String title() {
		return driver.getTitle();
	}

	/** The path and query of the current page, without scheme, host and port. */
	public String currentPath() {
		String url = driver.getCurrentUrl();
		return url != null && url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : String.valueOf(url);
	}

	public String cookie(String name) {
		Cookie cookie = driver.manage().getCookieNamed(name);
		return cookie == null ? null : cookie.getValue();
	}

	/** Runs a script in the page (outside its CSP) and returns what it returns. */
	public Object script(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	/**
	 * Fetches {@code path} from the page with the browser's own session (as a download link would)
	 * and returns the body; fails unless the answer is 200.
	 */
	public byte[] download(String path) {
		Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], { credentials: 'same-origin' })
				  .then(response => response.ok ? response.arrayBuffer() : Promise.reject(new Error('HTTP ' + response.status)))
				  .then(buffer => {
				    let binary = '';
				    new Uint8Array(buffer).forEach(b => binary += String.fromCharCode(b));
				    done(btoa(binary));
				  })
				  .catch(error => done('error: ' + error.message));
				""", path);
		String text = String.valueOf(result);
		if (text.startsWith("error: ")) {
			throw new AssertionError("Downloading " + path + " failed: " + text.substring(7));
		}
		return java.util.Base64.getDecoder().decode(text);
	}

	/** The raw driver, for checks the helpers do not cover. */
	public WebDriver driver() {
		return driver;
	}

	public String baseUrl() {
		return baseUrl;
	}

	/** The distinct pages (ids replaced by {@code {id}}) that passed through the page checks. */
	public Set<String> checkedPages() {
		return Set.copyOf(checkedPages);
	}

	// ---- evidence and teardown ----------------------------------------------------------------

	/** Saves a screenshot and the HTML of the current page as {@code directory/name.png|.html}. */
	public void saveEvidence(Path directory, String name) {
		try {
			Files.createDirectories(directory);
			byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
			Files.write(directory.resolve(name + ".png"), png);
			String source = "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource();
			Files.writeString(directory.resolve(name + ".html"), source, StandardCharsets.UTF_8);
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("Could not save the failure evidence " + name + ": " + ex);
		}
	}

	@Override
	public void close() {
		System.out.println("Page checks (axe-core, console, CSP) passed on " + checkedPages.size() + " pages: "
				+ String.join(", ", checkedPages));
		try {
			driver.quit();
		}
		finally {
			deleteProfile();
		}
	}

	private void deleteProfile() {
		try (Stream<Path> paths = Files.walk(profile)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temporary directory is harmless
		}
	}

	// ---- helpers ----------------------------------------------------------------------------

	/** Clicks like a person: the element is scrolled to the middle of the window first. */
	private void click(WebElement element) {
		// Bootstrap scrolls smoothly; a click during the animation would land beside the element.
		script("arguments[0].scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });", element);
		element.click();
	}

	private WebElement button(String text) {
		return find(By.xpath("//button[normalize-space(.)=" + literal(text) + "] | //input[@type='submit' and @value="
				+ literal(text) + "]"), "button " + quote(text));
	}

	private WebElement find(By by, String what) {
		List<WebElement> found = driver.findElements(by);
		if (found.isEmpty()) {
			throw new AssertionError("No " + what + " on " + currentPath() + " (\"" + driver.getTitle() + "\")");
		}
		return found.get(0);
	}

	private String textOf(By by, String what) {
		return find(by, what).getText().trim();
	}

	private List<String> texts(By by) {
		return driver.findElements(by).stream().map(element -> element.getText().trim()).toList();
	}

	private static String quote(String text) {
		return "\"" + text + "\"";
	}

	/** An XPath string literal for any text, quotes included. */
	static String literal(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		if (!text.contains("\"")) {
			return "\"" + text + "\"";
		}
		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}

}
