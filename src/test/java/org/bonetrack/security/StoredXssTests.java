package org.bonetrack.security;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.accounts.Role;
import org.bonetrack.security.SecurityWorld.Who;
import org.bonetrack.security.SecurityWorld.World;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Markup typed into every free-text field comes back as text wherever it is shown: escaped in
 * pages (the raw markup never appears), data in JSON. Each field is one line in {@link #FIELDS}:
 * how a person stores the text, and the pages (who, path) that show it again.
 */
@IntegrationTest
@Import(SecurityWorld.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredXssTests {

	/** No spaces, so the same payloads also pass as the local part of an e-mail address. */
	static final List<String> PAYLOADS = List.of(
			"<script>alert(1)</script>",
			"\"><img/src=x/onerror=alert(1)>",
			"'><svg/onload=alert(1)>",
			"</title><script>alert(document.cookie)</script>");

	/** Stores {@code text} as a person would, and says where it shows up again. */
	interface Store {

		List<View> store(Fixture fixture, String text) throws Exception;

	}

	/** A page (or API endpoint) that shows the stored text, opened by {@code viewer}. */
	record View(RequestPostProcessor viewer, String path, Map<String, Object> flash) {

		View(RequestPostProcessor viewer, String path) {
			this(viewer, path, Map.of("shownAfterARedirect", false));
		}

	}

	record Field(String name, Store store) {

		@Override
		public String toString() {
			return name;
		}

	}

	static final List<Field> FIELDS = List.of(
			new Field("display name of an account an admin creates", (f, text) -> {
				long id = f.createAccount(text, TestPeople.uniqueEmail("xss"), Role.PATIENT);
				AuthenticatedUser person = AuthenticatedUser.of(id, "x@test.bonetrack.example", text, Role.PATIENT);
				return List.of(f.admin("/admin/users?q=" + f.encode(text)), f.admin("/admin/users/" + id),
						f.admin("/admin/users/" + id + "/care-team"), new View(user(person), "/me"),
						new View(user(person), "/api/v1/me/profile"));
			}),
			new Field("e-mail of an account an admin creates", (f, text) -> {
				long id = f.createAccount("Ordinary Name", text + "@x.example", Role.CLINICIAN);
				return List.of(f.admin("/admin/users?role=CLINICIAN&q=" + f.encode(text)), f.admin("/admin/users/" + id),
						f.admin("/admin/users/" + f.world.patient().id() + "/care-team"));
			}),
			new Field("display name of a patient a clinician adds", (f, text) -> {
				MvcResult created = f.mvc.perform(post("/clinician/patients/new").with(f.world.as(Who.CLINICIAN))
					.with(csrf())
					.param("displayName", text)
					.param("email", TestPeople.uniqueEmail("xss"))).andReturn();
				return List.of(new View(f.world.as(Who.CLINICIAN), "/clinician/patients"),
						new View(f.world.as(Who.CLINICIAN), "/clinician/patients", created.getFlashMap()),
						new View(f.world.as(Who.CLINICIAN), "/api/v1/patients"));
			}),
			new Field("name of a personal access token", (f, text) -> {
				f.mvc.perform(post("/account/tokens").with(f.world.as(Who.PATIENT)).with(csrf()).param("name", text));
				return List.of(new View(f.world.as(Who.PATIENT), "/me/profile"),
						new View(f.world.as(Who.PATIENT), "/account"));
			}),
			new Field("e-mail typed into the sign-in form (kept in the audit log)", (f, text) -> {
				f.mvc.perform(post("/login").with(csrf()).param("username", text).param("password", "wrong"));
				return List.of(f.admin("/admin/audit?action=LOGIN_FAILED&user=" + f.encode(text)));
			}),
			new Field("search box of the admin's user list", (f, text) -> List.of(f.admin("/admin/users?q=" + f.encode(text)))),
			new Field("search box of the clinician's patient list",
					(f, text) -> List.of(new View(f.world.as(Who.CLINICIAN), "/clinician/patients?q=" + f.encode(text)))),
			new Field("user filter of the audit log", (f, text) -> List.of(f.admin("/admin/audit?user=" + f.encode(text)))),
			new Field("a clinician's note on a patient", (f, text) -> {
				f.mvc.perform(post("/clinician/patients/" + f.world.patient().id() + "/notes").with(f.world.as(Who.CLINICIAN))
					.with(csrf())
					.param("body", text)
					.param("sharedWithPatient", "true"));
				return List.of(new View(f.world.as(Who.CLINICIAN), "/clinician/patients/" + f.world.patient().id()));
			}),
			new Field("notes and a custom exercise name of a session", (f, text) -> {
				String json = f.json(text);
				String location = f.mvc.perform(post("/api/v1/me/exercise-sessions").with(f.world.as(Who.PATIENT))
					.with(csrf().asHeader())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"date\": \"" + java.time.LocalDate.now().minusDays(1) + "\", \"type\": \"RESISTANCE\", "
							+ "\"notes\": " + json + ", \"sets\": [{\"exercise\": " + f.json(text.length() > 80
									? text.substring(0, 80) : text) + ", \"reps\": 8, \"loadKg\": 20}]}"))
					.andReturn().getResponse().getHeader("Location");
				String id = location.substring(location.lastIndexOf('/') + 1);
				long patientId = f.world.patient().id();
				return List.of(new View(f.world.as(Who.PATIENT), "/me/exercise/" + id),
						new View(f.world.as(Who.PATIENT), "/me/exercise"),
						new View(f.world.as(Who.PATIENT), "/api/v1/me/exercise-sessions/" + id),
						new View(f.world.as(Who.CLINICIAN), "/clinician/patients/" + patientId + "/exercise/" + id));
			}),
			new Field("label of a nutrition entry typed in by hand", (f, text) -> {
				String day = java.time.LocalDate.now().minusDays(2).toString();
				f.mvc.perform(post("/api/v1/me/nutrition-entries").with(f.world.as(Who.PATIENT))
					.with(csrf().asHeader())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"date\": \"" + day + "\", \"label\": " + f.json(text.length() > 200 ? text.substring(0, 200) : text)
							+ ", \"nutrients\": {\"calciumMg\": 300}}"));
				return List.of(new View(f.world.as(Who.PATIENT), "/me/nutrition/" + day),
						new View(f.world.as(Who.CLINICIAN), "/clinician/patients/" + f.world.patient().id() + "/nutrition/" + day));
			}),
			new Field("food search box", (f, text) -> List.of(
					new View(f.world.as(Who.PATIENT), "/me/nutrition/" + java.time.LocalDate.now() + "?q=" + f.encode(text)))));

	@Autowired
	MockMvc mvc;

	@Autowired
	SecurityWorld worlds;

	@Autowired
	JdbcTemplate jdbc;

	private Fixture fixture;

	private static final AtomicInteger UNIQUE = new AtomicInteger();

	@BeforeAll
	void createWorld() {
		fixture = new Fixture(mvc, worlds.create(), jdbc);
	}

	Stream<Arguments> fieldsAndPayloads() {
		return FIELDS.stream().flatMap(field -> PAYLOADS.stream().map(payload -> Arguments.of(field, payload)));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("fieldsAndPayloads")
	void markupComesBackAsInertText(Field field, String payload) throws Exception {
		String text = payload + "q" + UNIQUE.incrementAndGet();

		for (View view : field.store().store(fixture, text)) {
			MockHttpServletResponse response = mvc.perform(get(java.net.URI.create(view.path())).with(view.viewer()).flashAttrs(view.flash()))
				.andReturn().getResponse();
			String body = response.getContentAsString();
			String where = field + " shown by " + view.path();

			assertThat(response.getStatus()).as(where).isEqualTo(200);
			assertThat(response.getHeader("X-Content-Type-Options")).as(where).isEqualTo("nosniff");
			if (response.getContentType() != null && response.getContentType().contains("json")) {
				assertThat(body).as(where).contains(text.replace("\"", "\\\""));
			}
			else {
				assertThat(response.getContentType()).as(where).startsWith("text/html");
				assertThat(body).as(where).doesNotContain(text).contains(HtmlUtils.htmlEscape(text));
			}
		}
	}

	/** What the store steps need: the world of people and a way to act as them. */
	static final class Fixture {

		final MockMvc mvc;

		final World world;

		final JdbcTemplate jdbc;

		Fixture(MockMvc mvc, World world, JdbcTemplate jdbc) {
			this.mvc = mvc;
			this.world = world;
			this.jdbc = jdbc;
		}

		View admin(String path) {
			return new View(world.as(Who.ADMIN), path);
		}

		long createAccount(String name, String email, Role role) throws Exception {
			String location = mvc.perform(post("/admin/users").with(world.as(Who.ADMIN))
				.with(csrf())
				.param("displayName", name)
				.param("email", email)
				.param("role", role.name())).andReturn().getResponse().getRedirectedUrl();
			assertThat(location).as("the account %s <%s> was created", name, email).startsWith("/admin/users/");
			return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		}

		/** The text as a JSON string literal. */
		String json(String text) {
			return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		}

		String encode(String text) {
			return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
		}

	}

}
