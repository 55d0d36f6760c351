package org.bonetrack.security;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import org.bonetrack.guidance.ArticleSlugs;
import org.bonetrack.security.SecurityWorld.Who;
import org.bonetrack.security.SecurityWorld.World;
import org.bonetrack.shared.IsoWeek;
import org.bonetrack.support.Routes.Route;

/**
 * Who may use which route, and the real ids its path variables take, as two tables that every
 * generated security test reads. A new module's routes usually match an existing prefix; a
 * route that matches no rule, or has a variable no line fills, fails the tests by name.
 */
final class RouteRules {

	/** Who a rule lets in. */
	enum Access {

		/** everyone, signed in or not */
		PUBLIC,
		/** anyone signed in */
		SIGNED_IN,
		PATIENT, CLINICIAN, ADMIN,
		/** nobody (e.g. actuator endpoints other than health) */
		NOBODY;

		boolean admits(Who who) {
			return switch (this) {
				case PUBLIC -> true;
				case SIGNED_IN -> who != Who.ANONYMOUS;
				case PATIENT -> who == Who.PATIENT;
				case CLINICIAN -> who == Who.CLINICIAN;
				case ADMIN -> who == Who.ADMIN;
				case NOBODY -> false;
			};
		}

		/** Someone this rule lets in, to make requests that must get past the access check. */
		Who someoneAdmitted() {
			return switch (this) {
				case PUBLIC -> Who.ANONYMOUS;
				case SIGNED_IN, PATIENT -> Who.PATIENT;
				case CLINICIAN -> Who.CLINICIAN;
				case ADMIN -> Who.ADMIN;
				case NOBODY -> Who.ADMIN;
			};
		}

	}

	/** A path pattern, exact or ending in {@code /**}, and who it admits. The first match wins. */
	record Rule(String pattern, Access access) {

		boolean matches(String path) {
			if (pattern.endsWith("/**")) {
				String base = pattern.substring(0, pattern.length() - 3);
				return path.equals(base) || path.startsWith(base + "/");
			}
			return path.equals(pattern);
		}

	}

	static final List<Rule> RULES = List.of(
			new Rule("/login", Access.PUBLIC),
			new Rule("/invite/**", Access.PUBLIC),
			new Rule("/error", Access.PUBLIC),
			new Rule("/actuator/health/**", Access.PUBLIC),
			new Rule("/actuator/**", Access.NOBODY),
			new Rule("/", Access.SIGNED_IN),
			new Rule("/account/**", Access.SIGNED_IN),
			new Rule("/guidance/**", Access.SIGNED_IN),
			new Rule("/api/docs/**", Access.SIGNED_IN),
			new Rule("/api/docs.yaml", Access.SIGNED_IN),
			new Rule("/me/**", Access.PATIENT),
			new Rule("/api/v1/me/**", Access.PATIENT),
			new Rule("/clinician/**", Access.CLINICIAN),
			new Rule("/api/v1/patients/**", Access.CLINICIAN),
			new Rule("/admin/**", Access.ADMIN),
			new Rule("/api/v1/admin/**", Access.ADMIN),
			new Rule("/api/v1/foods", Access.SIGNED_IN),
			new Rule("/api/v1/supplements", Access.SIGNED_IN));

	/**
	 * The value of one path variable for requests made by {@code who}: their own record where
	 * ownership matters, so that an admitted role gets past the ownership check. Lines are
	 * matched by route prefix (the first line whose prefix starts the route wins).
	 */
	record Ids(String routePrefix, String variable, BiFunction<World, Who, Object> value) {
	}

	static final List<Ids> IDS = List.of(
			new Ids("/invite/{token}", "token", (world, who) -> "a-link-that-was-never-issued"),
			new Ids("/admin/users/{id}", "id", (world, who) -> world.patient().id()),
			new Ids("/me/profile/weights/{id}", "id", (world, who) -> world.patientWeight()),
			new Ids("/account/tokens/{id}", "id", (world, who) -> who == Who.ANONYMOUS ? 1
					: world.token(who).token().id()),
			new Ids("/api/v1/patients/{id}", "id", (world, who) -> world.patient().id()),
			new Ids("/api/v1/patients/{patientId}", "patientId", (world, who) -> world.patient().id()),
			new Ids("/api/v1/patients/{patientId}/dexa-scans/{scanId}", "scanId",
					(world, who) -> world.record("patientScan")),
			new Ids("/api/v1/me/dexa-scans/{scanId}", "scanId", (world, who) -> world.record("patientScan")),
			new Ids("/clinician/patients/{id}", "id", (world, who) -> world.patient().id()),
			new Ids("/clinician/patients/{patientId}", "patientId", (world, who) -> world.patient().id()),
			new Ids("/clinician/patients/{patientId}/dexa/{scanId}", "scanId",
					(world, who) -> world.record("patientScan")),
			new Ids("/clinician/patients/{patientId}/exercise/{sessionId}", "sessionId",
					(world, who) -> world.record("patientSession")),
			new Ids("/api/v1/patients/{patientId}/exercise-sessions/{sessionId}", "sessionId",
					(world, who) -> world.record("patientSession")),
			new Ids("/me/exercise/{id}", "id", (world, who) -> world.record("patientSession")),
			new Ids("/api/v1/me/exercise-sessions/{id}", "id", (world, who) -> world.record("patientSession")),
			new Ids("/me/imports/{source", "source", (world, who) -> "strong"),
			new Ids("/me/imports/{source", "id", (world, who) -> world.record("patientImport")),
			new Ids("/me/scores/{isoWeek}", "isoWeek", (world, who) -> lastWeek()),
			new Ids("/api/v1/me/weekly-scores/{isoWeek}", "isoWeek", (world, who) -> lastWeek()),
			new Ids("/api/v1/patients/{patientId}/weekly-scores/{isoWeek}", "isoWeek", (world, who) -> lastWeek()),
			new Ids("/guidance/{slug}", "slug", (world, who) -> ArticleSlugs.OSTEOGENIC_LOADING),
			new Ids("/admin/guidance/{id}", "id", (world, who) -> world.record("article")),
			new Ids("/admin/guidance/{id}", "number", (world, who) -> 1),
			new Ids("/me/nutrition/entries/{id}", "id", (world, who) -> world.record("patientEntry")),
			new Ids("/me/nutrition/{date}", "date", (world, who) -> yesterday()),
			new Ids("/api/v1/me/nutrition-entries/{id}", "id", (world, who) -> world.record("patientEntry")),
			new Ids("/api/v1/me/nutrition-days/{date}", "date", (world, who) -> yesterday()),
			new Ids("/api/v1/patients/{patientId}/nutrition-days/{date}", "date", (world, who) -> yesterday()),
			new Ids("/clinician/patients/{patientId}/nutrition/{date}", "date", (world, who) -> yesterday()),
			new Ids("/me/imports/cronometer/{id}", "id", (world, who) -> world.record("patientNutritionImport")),
			new Ids("/admin/supplements/{id}", "id", (world, who) -> world.record("supplement")));

	static String yesterday() {
		return LocalDate.now().minusDays(1).toString();
	}

	static String lastWeek() {
		return IsoWeek.of(LocalDate.now()).previous().toString();
	}

	private RouteRules() {
	}

	static Optional<Rule> ruleFor(String pattern) {
		return RULES.stream().filter(rule -> rule.matches(pattern)).findFirst();
	}

	static Access access(Route route) {
		return ruleFor(route.pattern())
			.orElseThrow(() -> new AssertionError("No access rule for " + route + " in RouteRules.RULES"))
			.access();
	}

	/** The route's path with every variable replaced by a real value for {@code who}. */
	static String path(Route route, World world, Who who) {
		String path = route.pattern();
		for (String variable : route.variables()) {
			Ids ids = IDS.stream()
				.filter(line -> route.pattern().startsWith(line.routePrefix()) && line.variable().equals(variable))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No value for {" + variable + "} of " + route
						+ ": add a line to RouteRules.IDS"));
			path = path.replaceFirst("\\{" + java.util.regex.Pattern.quote(variable) + "(:[^}]*)?}",
					java.util.regex.Matcher.quoteReplacement(String.valueOf(ids.value().apply(world, who))));
		}
		return path.replace("/**", "");
	}

}
