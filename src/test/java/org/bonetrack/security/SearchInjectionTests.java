package org.bonetrack.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.accounts.NewAccount;
import org.bonetrack.accounts.Role;
import org.bonetrack.accounts.internal.AccountService;
import org.bonetrack.patients.internal.CareTeamService;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * SQL metacharacters in every search box are plain text: the page answers normally, wildcards
 * match only themselves, nothing is listed that the words do not match, and the tables are
 * intact. A person whose name is full of such characters is found by exactly that name. Each
 * search is one line in {@link #SEARCHES}; malformed typed filters are in {@link #MALFORMED}.
 */
@IntegrationTest
@Import(SecurityWorld.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchInjectionTests {

	static final List<String> METACHARACTERS = List.of("'", "' OR '1'='1", "' OR 1=1 --", "%", "_", "\\", "%' --",
			"'; drop table users; --", "\") or (\"1\"=\"1", "*", "') union select email from users --");

	/** A search box: who uses it, the page, and the query parameter it sends. */
	record Search(Who who, String path, String parameter) {

		@Override
		public String toString() {
			return path + "?" + parameter + "= as " + who;
		}

	}

	static final List<Search> SEARCHES = List.of(
			new Search(Who.ADMIN, "/admin/users", "q"),
			new Search(Who.CLINICIAN, "/clinician/patients", "q"),
			new Search(Who.ADMIN, "/admin/audit", "user"));

	/** Typed filters given something that is not of their type: a 400 page, never a 500. */
	static final List<Search> MALFORMED = List.of(
			new Search(Who.ADMIN, "/admin/audit", "patient"),
			new Search(Who.ADMIN, "/admin/audit", "action"),
			new Search(Who.ADMIN, "/admin/audit", "from"),
			new Search(Who.ADMIN, "/admin/users", "role"),
			new Search(Who.ADMIN, "/admin/users", "page"));

	/** A name made of the characters that matter, which searching for it must find. */
	static final String AWKWARD_NAME = "O'Hara_100% \\ \"Quill\"";

	@Autowired
	MockMvc mvc;

	@Autowired
	SecurityWorld worlds;

	@Autowired
	AccountService accounts;

	@Autowired
	CareTeamService careTeams;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;

	private World world;

	private AuthenticatedUser awkward;

	@BeforeAll
	void createWorld() throws Exception {
		world = worlds.create();
		var summary = accounts.createWithPasswordHash(
				new NewAccount(TestPeople.uniqueEmail("o'hara_100%"), AWKWARD_NAME, Role.PATIENT), passwordEncoder.encode("a password nobody types"));
		awkward = AuthenticatedUser.of(summary.id(), summary.email(), summary.displayName(), Role.PATIENT);
		careTeams.assign(awkward.id(), java.util.Set.of(world.clinician().id()));
		// Something in the audit log under the clinician's e-mail, for the audit search to not find.
		mvc.perform(get("/clinician/patients").with(world.as(Who.CLINICIAN)));
	}

	Stream<Arguments> searchesAndMetacharacters() {
		return SEARCHES.stream().flatMap(search -> METACHARACTERS.stream().map(text -> Arguments.of(search, text)));
	}

	@ParameterizedTest(name = "{0}{1}")
	@MethodSource("searchesAndMetacharacters")
	void metacharactersAreSearchedForAsText(Search search, String text) throws Exception {
		int users = jdbc.queryForObject("select count(*) from users", Integer.class);

		MockHttpServletResponse response = search(search, text);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).as("people the search words do not match")
			.doesNotContain(world.patient().email(), world.clinician().email());
		assertThat(jdbc.queryForObject("select count(*) from users", Integer.class)).isGreaterThanOrEqualTo(users);
	}

	List<Search> searches() {
		return SEARCHES;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("searches")
	void aNameFullOfMetacharactersIsFoundByExactlyThatText(Search search) throws Exception {
		String text = search.parameter().equals("user") ? awkward.email() : AWKWARD_NAME;
		if (search.parameter().equals("user")) {
			// A failed sign-in puts the typed e-mail in the audit log.
			mvc.perform(post("/login").with(csrf()).param("username", awkward.email()).param("password", "wrong"));
		}

		String html = search(search, text).getContentAsString();

		assertThat(html).contains(org.springframework.web.util.HtmlUtils.htmlEscape(awkward.email()));
	}

	List<Search> malformed() {
		return MALFORMED;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformed")
	void aMalformedFilterIsABadRequestNotAServerError(Search search) throws Exception {
		assertThat(search(search, "1 or 1=1' --").getStatus()).isEqualTo(400);
	}

	private MockHttpServletResponse search(Search search, String text) throws Exception {
		return mvc
			.perform(get(java.net.URI.create(
					search.path() + "?" + search.parameter() + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20")))
				.with(world.as(search.who())))
			.andReturn()
			.getResponse();
	}

}
