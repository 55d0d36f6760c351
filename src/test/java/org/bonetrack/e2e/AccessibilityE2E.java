package org.bonetrack.e2e;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.dexa.DexaSite;
import org.bonetrack.dexa.Manufacturer;
import org.bonetrack.dexa.Side;
import org.bonetrack.dexa.internal.DexaScanService;
import org.bonetrack.dexa.internal.ScanCommand;
import org.bonetrack.exercise.internal.ExerciseSessions;
import org.bonetrack.exercise.internal.SessionInput;
import org.bonetrack.exercise.internal.SessionSource;
import org.bonetrack.exercise.internal.imports.ExerciseImports;
import org.bonetrack.guidance.ArticleSlugs;
import org.bonetrack.nutrition.internal.CronometerImports;
import org.bonetrack.nutrition.internal.EntryInput;
import org.bonetrack.nutrition.internal.NutritionEntries;
import org.bonetrack.shared.IsoWeek;
import org.bonetrack.accounts.Invitation;
import org.bonetrack.accounts.NewAccount;
import org.bonetrack.accounts.Role;
import org.bonetrack.accounts.internal.AccountService;
import org.bonetrack.patients.internal.ProfileService;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.support.Routes;
import org.bonetrack.support.TestPeople;
import org.bonetrack.support.browser.AccessibilityChecks;
import org.bonetrack.support.browser.Browser;
import org.bonetrack.support.browser.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of BoneTrack, as the person who uses it: axe-core and the console checks (on load,
 * by {@link Browser}), the keyboard alone, the skip link, and 200 % zoom.
 * <p>
 * A new page is one line in {@link #PAGES}; {@link #everyPageOfTheAppIsInThisTable} fails, naming
 * the page, until it is there. Path variables in braces are filled from {@link #fill}.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityE2E {

	enum Who {

		ANONYMOUS, PATIENT, CLINICIAN, ADMIN

	}

	record PageVisit(Who who, String path) {

		@Override
		public String toString() {
			return path + " as " + who.name().toLowerCase();
		}

	}

	static final List<PageVisit> PAGES = List.of(
			new PageVisit(Who.ANONYMOUS, "/login"),
			new PageVisit(Who.ANONYMOUS, "/invite/{token}"),
			new PageVisit(Who.PATIENT, "/me"),
			new PageVisit(Who.PATIENT, "/me/profile"),
			new PageVisit(Who.PATIENT, "/account"),
			new PageVisit(Who.PATIENT, "/me/dexa"),
			new PageVisit(Who.PATIENT, "/me/exercise"),
			new PageVisit(Who.PATIENT, "/me/exercise/new"),
			new PageVisit(Who.PATIENT, "/me/exercise/{sessionId}"),
			new PageVisit(Who.PATIENT, "/me/exercise/{sessionId}/edit"),
			new PageVisit(Who.PATIENT, "/me/exercise/{sessionId}/delete"),
			new PageVisit(Who.PATIENT, "/me/imports"),
			new PageVisit(Who.PATIENT, "/me/imports/{source}"),
			new PageVisit(Who.PATIENT, "/me/imports/{source}/{importId}"),
			new PageVisit(Who.PATIENT, "/me/nutrition"),
			new PageVisit(Who.PATIENT, "/me/nutrition/{date}"),
			new PageVisit(Who.PATIENT, "/me/nutrition/entries/{entryId}"),
			new PageVisit(Who.PATIENT, "/me/imports/cronometer"),
			new PageVisit(Who.PATIENT, "/me/imports/cronometer/{nutritionImportId}"),
			new PageVisit(Who.PATIENT, "/me/scores"),
			new PageVisit(Who.PATIENT, "/me/scores/{isoWeek}"),
			new PageVisit(Who.PATIENT, "/guidance"),
			new PageVisit(Who.PATIENT, "/guidance/{slug}"),
			new PageVisit(Who.PATIENT, "/me/export"),
			new PageVisit(Who.PATIENT, "/no-such-page"),
			new PageVisit(Who.CLINICIAN, "/clinician/patients"),
			new PageVisit(Who.CLINICIAN, "/clinician/patients/new"),
			new PageVisit(Who.CLINICIAN, "/clinician/patients/{id}"),
			new PageVisit(Who.CLINICIAN, "/clinician/patients/{id}/dexa"),
			new PageVisit(Who.CLINICIAN, "/clinician/patients/{id}/dexa/new"),
			new PageVisit(Who.CLINICIAN, "/clinician/patients/{id}/dexa/{scanId}/edit"),
			new PageVisit(Who.CLINICIAN, "/clinician/patients/{id}/dexa/import"),
			new PageVisit(Who.CLINICIAN, "/clinician/patients/{id}/exercise"),
			new PageVisit(Who.CLINICIAN, "/clinician/patients/{id}/exercise/{sessionId}"),
			new PageVisit(Who.CLINICIAN, "/clinician/patients/{id}/nutrition"),
			new PageVisit(Who.CLINICIAN, "/clinician/patients/{id}/nutrition/{date}"),
			new PageVisit(Who.CLINICIAN, "/account"),
			new PageVisit(Who.ADMIN, "/admin/users"),
			new PageVisit(Who.ADMIN, "/admin/users/new"),
			new PageVisit(Who.ADMIN, "/admin/users/{id}"),
			new PageVisit(Who.ADMIN, "/admin/users/{id}/care-team"),
			new PageVisit(Who.ADMIN, "/admin/audit"),
			new PageVisit(Who.ADMIN, "/admin/rules"),
			new PageVisit(Who.ADMIN, "/admin/supplements"),
			new PageVisit(Who.ADMIN, "/admin/supplements/new"),
			new PageVisit(Who.ADMIN, "/admin/supplements/{supplementId}"),
			new PageVisit(Who.ADMIN, "/admin/guidance"),
			new PageVisit(Who.ADMIN, "/admin/guidance/new"),
			new PageVisit(Who.ADMIN, "/admin/guidance/{articleId}"),
			new PageVisit(Who.ADMIN, "/admin/guidance/{articleId}/history"),
			new PageVisit(Who.ADMIN, "/admin/guidance/{articleId}/versions/{number}"));

	/** Page routes that only redirect, send a file or a fragment for scripts, so have no page to check. */
	static final Set<String> REDIRECTS = Set.of("/", "/me/export/download", "/me/nutrition/{date}/food-results",
			"/clinician/patients/{id}/report");

	@Autowired
	TestPeople people;

	@Autowired
	AccountService accounts;

	@Autowired
	ProfileService profiles;

	@Autowired
	ApplicationContext context;

	private final Map<Who, AuthenticatedUser> signedIn = new java.util.EnumMap<>(Who.class);

	private Who current;

	private AuthenticatedUser patient;

	private Invitation invitation;

	private long scanId;

	private long sessionId;

	private long importId;

	private long articleId;

	private long entryId;

	private long nutritionImportId;

	private long supplementId;

	@Autowired
	NutritionEntries entries;

	@Autowired
	CronometerImports cronometer;

	@Autowired
	ExerciseSessions sessions;

	@Autowired
	ExerciseImports imports;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	DexaScanService scans;

	@BeforeAll
	void somePeopleWithData() {
		AuthenticatedUser clinician = people.clinician();
		patient = people.patientOf(clinician);
		profiles.recordWeight(patient.id(), java.time.LocalDate.now().minusDays(1), new BigDecimal("66.2"), MassUnit.KG);
		signedIn.put(Who.PATIENT, patient);
		signedIn.put(Who.CLINICIAN, clinician);
		signedIn.put(Who.ADMIN, people.admin());
		scanId = scans.record(patient.id(), clinician.id(), new ScanCommand(java.time.LocalDate.now().minusMonths(3),
				"City Imaging", Manufacturer.HOLOGIC, "Horizon A",
				List.of(new ScanCommand.SiteCommand(DexaSite.LUMBAR_SPINE, null, "L1-L4", new BigDecimal("0.912"),
						new BigDecimal("-1.4"), new BigDecimal("-0.6"), null),
						new ScanCommand.SiteCommand(DexaSite.FEMORAL_NECK, Side.LEFT, null, new BigDecimal("0.702"),
								new BigDecimal("-1.3"), null, null))))
			.id();
		sessionId = sessions.create(patient.id(), new SessionInput(java.time.LocalDate.now().minusDays(1), null,
				"RESISTANCE", 40, 7, "Felt strong", List.of(new SessionInput.SetInput("squat", 8, new BigDecimal("40"),
						false, 2)), null, null, null, null), MassUnit.KG).id();
		importId = imports.stage(patient.id(), SessionSource.STRONG, "strong.csv", """
				Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
				2025-03-04 07:31:05,"Morning Strength","52min","Squat (Barbell)",1,40,8,0,0,,,7.5
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8), MassUnit.KG);
		articleId = jdbc.queryForObject("select id from guidance_articles where slug = ?", Long.class,
				ArticleSlugs.OSTEOGENIC_LOADING);
		entryId = entries.add(patient.id(), java.time.LocalDate.now().minusDays(1),
				new EntryInput.FoodInput(1077L, new BigDecimal("250"), null)).id();
		nutritionImportId = cronometer.upload(patient.id(), "dailysummary.csv", """
				Date,Energy (kcal),Vitamin D (IU),Vitamin K (µg),Calcium (mg),Magnesium (mg),Omega-3 (g),Protein (g),Completed
				2025-03-04,1850,400,95,980,310,1.2,72,true
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		supplementId = jdbc.queryForObject("select min(id) from supplement_presets", Long.class);
		invitation = accounts.create(new NewAccount(TestPeople.uniqueEmail("invitee"), "Nadia Brook", Role.PATIENT),
				signedIn.get(Who.ADMIN).id());
	}

	/** The real value for a path variable of a page in {@link #PAGES}. */
	private String fill(String path) {
		return path.replace("{token}", invitation.token())
			.replace("{id}", String.valueOf(patient.id()))
			.replace("{scanId}", String.valueOf(scanId))
			.replace("{sessionId}", String.valueOf(sessionId))
			.replace("{importId}", String.valueOf(importId))
			.replace("{source}", "strong")
			.replace("{number}", "1")
			.replace("{isoWeek}", IsoWeek.of(java.time.LocalDate.now()).previous().toString())
			.replace("{slug}", ArticleSlugs.OSTEOGENIC_LOADING)
			.replace("{articleId}", String.valueOf(articleId))
			.replace("{date}", java.time.LocalDate.now().minusDays(1).toString())
			.replace("{entryId}", String.valueOf(entryId))
			.replace("{nutritionImportId}", String.valueOf(nutritionImportId))
			.replace("{supplementId}", String.valueOf(supplementId));
	}

	Stream<PageVisit> pages() {
		return PAGES.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void everyFormOnThePageWorksFromTheKeyboardWithAVisibleFocus(PageVisit page, Browser browser) {
		open(browser, page);

		assertThat(AccessibilityChecks.keyboardProblems(browser)).as("keyboard on %s", page).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void theSkipLinkLeadsToTheMainContent(PageVisit page, Browser browser) {
		open(browser, page);

		assertThat(AccessibilityChecks.skipLinkProblems(browser)).as("skip link on %s", page).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void nothingIsLostAtTwoHundredPercentZoom(PageVisit page, Browser browser) {
		open(browser, page);

		assertThat(AccessibilityChecks.reflowProblems(browser)).as("200 %% zoom on %s", page).isEmpty();
	}

	@Test
	void everyPageOfTheAppIsInThisTable() {
		Set<String> listed = new TreeSet<>();
		PAGES.forEach(page -> listed.add(shape(page.path())));
		Set<String> missing = new TreeSet<>();
		Routes.of(context)
			.stream()
			.filter(route -> route.method() == RequestMethod.GET && !route.json() && !route.api())
			.map(Routes.Route::pattern)
			.filter(pattern -> !pattern.equals("/error") && !REDIRECTS.contains(pattern))
			.filter(pattern -> !listed.contains(shape(pattern)))
			.forEach(missing::add);

		assertThat(missing).as("pages without a line in AccessibilityE2E.PAGES").isEmpty();
	}

	private void open(Browser browser, PageVisit page) {
		if (current != page.who()) {
			if (page.who() == Who.ANONYMOUS) {
				browser.signOut();
			}
			else {
				browser.signIn(signedIn.get(page.who()).email(), TestPeople.PASSWORD);
			}
			current = page.who();
		}
		browser.open(fill(page.path()));
	}

	/** A path with its variables blanked, so {@code /a/{id}} and {@code /a/{patientId}} compare equal. */
	private static String shape(String path) {
		return path.replaceAll("\\{[^}]*}", "{}");
	}

}
