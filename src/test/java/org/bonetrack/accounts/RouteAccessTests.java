package org.bonetrack.accounts;

import java.util.stream.Stream;

import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Who may open which page or endpoint: 200, a redirect to sign in (pages) or 401 (API) for
 * anonymous visitors, and 403 for a role that may not.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessTests {

	enum Who {

		ANONYMOUS, PATIENT, CLINICIAN, ADMIN

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	private AuthenticatedUser patient;

	private AuthenticatedUser clinician;

	private AuthenticatedUser admin;

	@BeforeAll
	void createPeople() {
		clinician = people.clinician();
		patient = people.patientOf(clinician);
		admin = people.admin();
	}

	Stream<Arguments> routes() {
		return Stream.<Stream<Arguments>>of(
				route("/login", 200, 302, 302, 302),
				route("/actuator/health", 200, 200, 200, 200),
				route("/actuator/health/liveness", 200, 200, 200, 200),
				route("/actuator/health/readiness", 200, 200, 200, 200),
				route("/invite/not-a-real-token", 404, 404, 404, 404),
				route("/", 302, 302, 302, 302),
				route("/account", 302, 200, 200, 200),
				route("/me", 302, 200, 403, 403),
				route("/me/profile", 302, 200, 403, 403),
				route("/clinician/patients", 302, 403, 200, 403),
				route("/clinician/patients/new", 302, 403, 200, 403),
				route("/clinician/patients/{patient}", 302, 403, 200, 403),
				route("/me/export", 302, 200, 403, 403),
				route("/me/export/download", 302, 200, 403, 403),
				route("/admin/users", 302, 403, 403, 200),
				route("/admin/users/new", 302, 403, 403, 200),
				route("/admin/users/{patient}", 302, 403, 403, 200),
				route("/admin/users/{patient}/care-team", 302, 403, 403, 200),
				route("/admin/audit", 302, 403, 403, 200),
				route("/api/docs", 401, 200, 200, 200),
				route("/api/v1/me/profile", 401, 200, 403, 403),
				route("/api/v1/patients", 401, 403, 200, 403),
				route("/api/v1/patients/{patient}", 401, 403, 200, 403))
			.flatMap(route -> route);
	}

	@ParameterizedTest(name = "{0} as {1} answers {2}")
	@MethodSource("routes")
	void everyRoleGetsTheExpectedAnswer(String path, Who who, int expectedStatus) throws Exception {
		MockHttpServletRequestBuilder request = get(path.replace("{patient}", String.valueOf(patient.id())));
		if (who != Who.ANONYMOUS) {
			request.with(user(principal(who)));
		}

		MvcResult result = mvc.perform(request).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(expectedStatus);
		if (who == Who.ANONYMOUS && expectedStatus == 302 && !path.equals("/login")) {
			assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
		}
	}

	private AuthenticatedUser principal(Who who) {
		return switch (who) {
			case PATIENT -> patient;
			case CLINICIAN -> clinician;
			case ADMIN -> admin;
			case ANONYMOUS -> throw new IllegalArgumentException();
		};
	}

	private static Stream<Arguments> route(String path, int anonymous, int patient, int clinician, int admin) {
		int[] statuses = { anonymous, patient, clinician, admin };
		return Stream.of(Who.values()).map(who -> Arguments.of(path, who, statuses[who.ordinal()]));
	}

}
