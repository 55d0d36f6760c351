package org.bonetrack.security;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.bonetrack.security.SecurityWorld.Who;
import org.bonetrack.security.SecurityWorld.World;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.Routes;
import org.bonetrack.support.Routes.Route;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Someone else's ids, tried on every id-bearing route by a person the route admits: the answer
 * is 404, as for an id that does not exist, and the victim's record is unchanged. Each attempt
 * is one line in {@link #ATTEMPTS}; a route with a path variable that has no line (and is not
 * {@link #EXEMPT} with a reason) fails {@link #everyIdBearingRouteIsAttacked}.
 */
@IntegrationTest
@Import(SecurityWorld.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdorTests {

	/**
	 * One attack: {@code who} sends {@code method path} with the victim's id; afterwards
	 * {@code untouched} must still hold (for reads, nothing to check).
	 */
	record Attempt(String method, String pattern, Who who, Function<World, Object> victimsId,
			Predicate<Checks> untouched, Consumer<MockHttpServletRequestBuilder> body) {

		Attempt(String method, String pattern, Who who, Function<World, Object> victimsId,
				Predicate<Checks> untouched) {
			this(method, pattern, who, victimsId, untouched, request -> {
			});
		}

		/** The same attempt with a valid body, so that only the ownership check can refuse it. */
		Attempt withJson(String contentType, String json) {
			return new Attempt(method, pattern, who, victimsId, untouched,
					request -> request.contentType(contentType).content(json));
		}

		Attempt withParam(String name, String value) {
			return new Attempt(method, pattern, who, victimsId, untouched, request -> request.param(name, value));
		}

		@Override
		public String toString() {
			return method + " " + pattern + " as " + who;
		}

	}

	/** What the untouched checks may look at. */
	record Checks(World world, JdbcTemplate jdbc) {

		boolean weightExists(long id) {
			return jdbc.queryForObject("select count(*) from body_weights where id = ?", Integer.class, id) == 1;
		}

		int count(String sql, Object... args) {
			return jdbc.queryForObject(sql, Integer.class, args);
		}

		boolean scanUnchanged(String record) {
			return count("select count(*) from dexa_scans where id = ? and version = 0", world.record(record)) == 1;
		}

		boolean noScanAddedFor(long patientId) {
			return count("select count(*) from dexa_scans where patient_id = ?", patientId) == 1;
		}

		boolean sessionUnchanged(String record) {
			return count("select count(*) from exercise_sessions where id = ? and version = 0", world.record(record)) == 1;
		}

		boolean importPending(String record) {
			return count("select count(*) from exercise_imports where id = ? and status = 'PREVIEW'",
					world.record(record)) == 1;
		}

		boolean entryUnchanged(String record) {
			return count("select count(*) from nutrition_entries where id = ? and version = 0", world.record(record)) == 1;
		}

		boolean nutritionImportPending(String record) {
			return count("select count(*) from nutrition_imports where id = ? and status = 'PREVIEW'",
					world.record(record)) == 1;
		}

		boolean tokenActive(long id) {
			return jdbc.queryForObject("select count(*) from personal_access_tokens where id = ? and revoked_at is null",
					Integer.class, id) == 1;
		}

	}

	private static final Predicate<Checks> READ_ONLY = checks -> true;

	private static final String SCAN_JSON = """
			{"date": "2025-03-03", "facility": "Elsewhere", "manufacturer": "HOLOGIC",
			 "sites": [{"site": "LUMBAR_SPINE", "vertebrae": "L1-L4", "bmd": 0.9}]}
			""";

	private static final String SESSION_JSON = """
			{"date": "2025-03-03", "type": "WALK", "durationMinutes": 45, "version": 0}
			""";

	private static final String ENTRY_JSON = """
			{"date": "2025-03-03", "foodId": 1077, "grams": 100, "version": 0}
			""";

	private static final String EMPTY_BUNDLE = "{\"resourceType\": \"Bundle\", \"type\": \"collection\"}";

	static final List<Attempt> ATTEMPTS = List.of(
			new Attempt("GET", "/api/v1/patients/{id}", Who.CLINICIAN, world -> world.otherPatient().id(), READ_ONLY),
			new Attempt("GET", "/api/v1/patients/{id}", Who.CLINICIAN, world -> world.otherClinician().id(), READ_ONLY),
			new Attempt("POST", "/me/profile/weights/{id}/delete", Who.PATIENT, world -> world.otherPatientWeight(),
					checks -> checks.weightExists(checks.world().otherPatientWeight())),
			new Attempt("POST", "/account/tokens/{id}/revoke", Who.PATIENT,
					world -> world.otherPatientToken().token().id(),
					checks -> checks.tokenActive(checks.world().otherPatientToken().token().id())),
			new Attempt("POST", "/account/tokens/{id}/revoke", Who.CLINICIAN,
					world -> world.otherPatientToken().token().id(),
					checks -> checks.tokenActive(checks.world().otherPatientToken().token().id())),
			new Attempt("POST", "/account/tokens/{id}/revoke", Who.ADMIN,
					world -> world.otherClinicianToken().token().id(),
					checks -> checks.tokenActive(checks.world().otherClinicianToken().token().id())),
			new Attempt("GET", "/clinician/patients/{id}", Who.CLINICIAN, world -> world.otherPatient().id(), READ_ONLY),
			new Attempt("GET", "/clinician/patients/{id}/report", Who.CLINICIAN, world -> world.otherPatient().id(),
					READ_ONLY),
			new Attempt("POST", "/clinician/patients/{id}/clinical-context", Who.CLINICIAN,
					world -> world.otherPatient().id(),
					checks -> checks.count("select count(*) from audit_events where patient_id = ? and action = 'CLINICAL_CONTEXT_CHANGED'",
							checks.world().otherPatient().id()) == 0),
			new Attempt("POST", "/clinician/patients/{id}/notes", Who.CLINICIAN, world -> world.otherPatient().id(),
					checks -> checks.count("select count(*) from clinical_notes where patient_id = ?",
							checks.world().otherPatient().id()) == 0),
			// DEXA: another care team's patient, and one's own patient with another patient's scan
			new Attempt("GET", "/clinician/patients/{patientId}/dexa", Who.CLINICIAN, world -> world.otherPatient().id(),
					READ_ONLY),
			new Attempt("GET", "/clinician/patients/{patientId}/dexa/new", Who.CLINICIAN,
					world -> world.otherPatient().id(), READ_ONLY),
			new Attempt("POST", "/clinician/patients/{patientId}/dexa/new", Who.CLINICIAN,
					world -> world.otherPatient().id(), checks -> checks.noScanAddedFor(checks.world().otherPatient().id())),
			new Attempt("GET", "/clinician/patients/{patientId}/dexa/import", Who.CLINICIAN,
					world -> world.otherPatient().id(), READ_ONLY),
			new Attempt("POST", "/clinician/patients/{patientId}/dexa/import", Who.CLINICIAN,
					world -> world.otherPatient().id(), checks -> checks.noScanAddedFor(checks.world().otherPatient().id())),
			new Attempt("POST", "/clinician/patients/{patientId}/dexa/import/confirm", Who.CLINICIAN,
					world -> world.otherPatient().id(), checks -> checks.noScanAddedFor(checks.world().otherPatient().id()))
				.withParam("bundle", EMPTY_BUNDLE),
			new Attempt("GET", "/clinician/patients/{patientId}/dexa/{scanId}/edit", Who.CLINICIAN,
					world -> List.of(world.otherPatient().id(), world.record("otherPatientScan")), READ_ONLY),
			new Attempt("GET", "/clinician/patients/{patientId}/dexa/{scanId}/edit", Who.CLINICIAN,
					world -> List.of(world.patient().id(), world.record("otherPatientScan")), READ_ONLY),
			new Attempt("POST", "/clinician/patients/{patientId}/dexa/{scanId}/edit", Who.CLINICIAN,
					world -> List.of(world.patient().id(), world.record("otherPatientScan")),
					checks -> checks.scanUnchanged("otherPatientScan")),
			new Attempt("POST", "/clinician/patients/{patientId}/dexa/{scanId}/delete", Who.CLINICIAN,
					world -> List.of(world.patient().id(), world.record("otherPatientScan")),
					checks -> checks.scanUnchanged("otherPatientScan")),
			new Attempt("POST", "/clinician/patients/{patientId}/dexa/{scanId}/delete", Who.CLINICIAN,
					world -> List.of(world.otherPatient().id(), world.record("otherPatientScan")),
					checks -> checks.scanUnchanged("otherPatientScan")),
			new Attempt("GET", "/api/v1/patients/{patientId}/dexa-scans", Who.CLINICIAN,
					world -> world.otherPatient().id(), READ_ONLY),
			new Attempt("POST", "/api/v1/patients/{patientId}/dexa-scans", Who.CLINICIAN,
					world -> world.otherPatient().id(), checks -> checks.noScanAddedFor(checks.world().otherPatient().id()))
				.withJson("application/json", SCAN_JSON),
			new Attempt("GET", "/api/v1/patients/{patientId}/dexa-scans/{scanId}", Who.CLINICIAN,
					world -> List.of(world.patient().id(), world.record("otherPatientScan")), READ_ONLY),
			new Attempt("PUT", "/api/v1/patients/{patientId}/dexa-scans/{scanId}", Who.CLINICIAN,
					world -> List.of(world.patient().id(), world.record("otherPatientScan")),
					checks -> checks.scanUnchanged("otherPatientScan"))
				.withJson("application/json", SCAN_JSON),
			new Attempt("DELETE", "/api/v1/patients/{patientId}/dexa-scans/{scanId}", Who.CLINICIAN,
					world -> List.of(world.otherPatient().id(), world.record("otherPatientScan")),
					checks -> checks.scanUnchanged("otherPatientScan")),
			new Attempt("GET", "/api/v1/patients/{patientId}/dexa/fhir", Who.CLINICIAN,
					world -> world.otherPatient().id(), READ_ONLY),
			new Attempt("POST", "/api/v1/patients/{patientId}/dexa/fhir", Who.CLINICIAN,
					world -> world.otherPatient().id(), checks -> checks.noScanAddedFor(checks.world().otherPatient().id()))
				.withJson("application/fhir+json", EMPTY_BUNDLE),
			new Attempt("GET", "/api/v1/me/dexa-scans/{scanId}", Who.PATIENT, world -> world.record("otherPatientScan"),
					READ_ONLY),
			// exercise: another patient's session and upload; another care team's patient
			new Attempt("GET", "/me/exercise/{id}", Who.PATIENT, world -> world.record("otherPatientSession"), READ_ONLY),
			new Attempt("GET", "/me/exercise/{id}/edit", Who.PATIENT, world -> world.record("otherPatientSession"),
					READ_ONLY),
			new Attempt("POST", "/me/exercise/{id}/edit", Who.PATIENT, world -> world.record("otherPatientSession"),
					checks -> checks.sessionUnchanged("otherPatientSession"))
				.withParam("version", "0"),
			new Attempt("GET", "/me/exercise/{id}/delete", Who.PATIENT, world -> world.record("otherPatientSession"),
					READ_ONLY),
			new Attempt("POST", "/me/exercise/{id}/delete", Who.PATIENT, world -> world.record("otherPatientSession"),
					checks -> checks.sessionUnchanged("otherPatientSession")),
			new Attempt("GET", "/api/v1/me/exercise-sessions/{id}", Who.PATIENT,
					world -> world.record("otherPatientSession"), READ_ONLY),
			new Attempt("PUT", "/api/v1/me/exercise-sessions/{id}", Who.PATIENT,
					world -> world.record("otherPatientSession"), checks -> checks.sessionUnchanged("otherPatientSession"))
				.withJson("application/json", SESSION_JSON),
			new Attempt("DELETE", "/api/v1/me/exercise-sessions/{id}", Who.PATIENT,
					world -> world.record("otherPatientSession"), checks -> checks.sessionUnchanged("otherPatientSession")),
			new Attempt("GET", "/me/imports/{source:strong|hevy}/{id}", Who.PATIENT,
					world -> List.of("strong", world.record("otherPatientImport")), READ_ONLY),
			new Attempt("POST", "/me/imports/{source:strong|hevy}/{id}", Who.PATIENT,
					world -> List.of("strong", world.record("otherPatientImport")),
					checks -> checks.importPending("otherPatientImport"))
				.withParam("unit", "KG"),
			new Attempt("GET", "/clinician/patients/{patientId}/exercise", Who.CLINICIAN,
					world -> world.otherPatient().id(), READ_ONLY),
			new Attempt("GET", "/clinician/patients/{patientId}/exercise/{sessionId}", Who.CLINICIAN,
					world -> List.of(world.otherPatient().id(), world.record("otherPatientSession")), READ_ONLY),
			new Attempt("GET", "/clinician/patients/{patientId}/exercise/{sessionId}", Who.CLINICIAN,
					world -> List.of(world.patient().id(), world.record("otherPatientSession")), READ_ONLY),
			new Attempt("GET", "/api/v1/patients/{patientId}/exercise-sessions", Who.CLINICIAN,
					world -> world.otherPatient().id(), READ_ONLY),
			new Attempt("GET", "/api/v1/patients/{patientId}/exercise-sessions/{sessionId}", Who.CLINICIAN,
					world -> List.of(world.patient().id(), world.record("otherPatientSession")), READ_ONLY),
			// nutrition: another patient's entry and upload; another care team's patient
			new Attempt("GET", "/me/nutrition/entries/{id}", Who.PATIENT, world -> world.record("otherPatientEntry"),
					READ_ONLY),
			new Attempt("POST", "/me/nutrition/entries/{id}", Who.PATIENT, world -> world.record("otherPatientEntry"),
					checks -> checks.entryUnchanged("otherPatientEntry"))
				.withParam("grams", "20"),
			new Attempt("POST", "/me/nutrition/entries/{id}/delete", Who.PATIENT,
					world -> world.record("otherPatientEntry"), checks -> checks.entryUnchanged("otherPatientEntry")),
			new Attempt("GET", "/api/v1/me/nutrition-entries/{id}", Who.PATIENT,
					world -> world.record("otherPatientEntry"), READ_ONLY),
			new Attempt("PUT", "/api/v1/me/nutrition-entries/{id}", Who.PATIENT,
					world -> world.record("otherPatientEntry"), checks -> checks.entryUnchanged("otherPatientEntry"))
				.withJson("application/json", ENTRY_JSON),
			new Attempt("DELETE", "/api/v1/me/nutrition-entries/{id}", Who.PATIENT,
					world -> world.record("otherPatientEntry"), checks -> checks.entryUnchanged("otherPatientEntry")),
			new Attempt("GET", "/me/imports/cronometer/{id}", Who.PATIENT,
					world -> world.record("otherPatientNutritionImport"), READ_ONLY),
			new Attempt("POST", "/me/imports/cronometer/{id}/confirm", Who.PATIENT,
					world -> world.record("otherPatientNutritionImport"),
					checks -> checks.nutritionImportPending("otherPatientNutritionImport")),
			new Attempt("POST", "/me/imports/cronometer/{id}/discard", Who.PATIENT,
					world -> world.record("otherPatientNutritionImport"),
					checks -> checks.nutritionImportPending("otherPatientNutritionImport")),
			new Attempt("GET", "/clinician/patients/{patientId}/nutrition", Who.CLINICIAN,
					world -> world.otherPatient().id(), READ_ONLY),
			new Attempt("GET", "/clinician/patients/{patientId}/nutrition/{date}", Who.CLINICIAN,
					world -> List.of(world.otherPatient().id(), RouteRules.yesterday()), READ_ONLY),
			new Attempt("GET", "/api/v1/patients/{patientId}/nutrition-days", Who.CLINICIAN,
					world -> world.otherPatient().id(), READ_ONLY),
			new Attempt("GET", "/api/v1/patients/{patientId}/nutrition-days/{date}", Who.CLINICIAN,
					world -> List.of(world.otherPatient().id(), RouteRules.yesterday()), READ_ONLY),
			// scoring: another care team's patient
			new Attempt("GET", "/api/v1/patients/{patientId}/weekly-scores", Who.CLINICIAN,
					world -> world.otherPatient().id(), READ_ONLY),
			new Attempt("GET", "/api/v1/patients/{patientId}/weekly-scores/{isoWeek}", Who.CLINICIAN,
					world -> List.of(world.otherPatient().id(), RouteRules.lastWeek()), READ_ONLY));

	/** Id-bearing routes where no other person's record can be reached, and why. */
	static final List<String> EXEMPT = List.of(
			"/invite/{token}: the path holds a secret one-time link, not an id; unknown links are 404",
			"/admin/users/{id}: admins manage every account (no health data on these pages)",
			"/admin/guidance/{id}: admins edit every guidance article (no patient data)",
			"/guidance/{slug}: published articles are for every signed-in reader (audience is tested in guidance)",
			"/me/imports/{source:strong|hevy}: the source names an importer, not a record (its /{id} routes are attacked)",
			"/me/scores/{isoWeek}: the week addresses the signed-in patient's own scores only",
			"/api/v1/me/weekly-scores/{isoWeek}: the week addresses the signed-in patient's own scores only",
			"/me/nutrition/{date}: the date addresses the signed-in patient's own day only",
			"/api/v1/me/nutrition-days/{date}: the date addresses the signed-in patient's own day only",
			"/admin/supplements/{id}: admins manage the supplement presets every patient may pick");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	SecurityWorld worlds;

	@Autowired
	JdbcTemplate jdbc;

	private World world;

	@BeforeAll
	void createWorld() {
		world = worlds.create();
	}

	List<Attempt> attempts() {
		return ATTEMPTS;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("attempts")
	void someoneElsesIdIsNotFoundAndTheirRecordIsUntouched(Attempt attempt) throws Exception {
		// One id replaces the first path variable; a list fills the variables in order.
		Object ids = attempt.victimsId().apply(world);
		String path = attempt.pattern();
		for (Object id : ids instanceof List<?> list ? list : List.of(ids)) {
			path = path.replaceFirst("\\{[^}]+}", String.valueOf(id));
		}
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders
			.request(HttpMethod.valueOf(attempt.method()), path)
			.with(world.as(attempt.who()));
		attempt.body().accept(request);
		if (!attempt.method().equals("GET")) {
			request.with(attempt.pattern().startsWith("/api/") ? csrf().asHeader() : csrf());
		}

		int status = mvc.perform(request).andReturn().getResponse().getStatus();

		assertThat(status).as("%s with the victim's id %s", attempt, path).isEqualTo(404);
		assertThat(attempt.untouched().test(new Checks(world, jdbc))).as("the victim's record after %s", attempt)
			.isTrue();
	}

	@Test
	void everyIdBearingRouteIsAttacked() {
		Set<String> covered = new TreeSet<>();
		ATTEMPTS.forEach(attempt -> covered.add(attempt.method() + " " + attempt.pattern()));
		List<String> exemptPrefixes = EXEMPT.stream().map(reason -> reason.substring(0, reason.indexOf(':'))).toList();

		List<Route> missing = Routes.of(context)
			.stream()
			.filter(Route::hasVariables)
			.filter(route -> exemptPrefixes.stream().noneMatch(route.pattern()::startsWith))
			.filter(route -> !covered.contains(route.method() + " " + route.pattern()))
			.toList();

		assertThat(missing).as("id-bearing routes without a line in IdorTests.ATTEMPTS").isEmpty();
	}

}
