package org.bonetrack.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.StatementCounter;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What a page request costs its session: one read, and a write of the session row only when
 * something besides the last access changed or the last recorded access is a minute old.
 */
@IntegrationTest
class SessionReadsAndTouchesTests {

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	StatementCounter statements;

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPageRequestReadsItsSessionOnce() throws Exception {
		Cookie session = signedIn(people.patient());

		StatementCounter.Counted<MockHttpServletResponse> page = statements
			.count(() -> mvc.perform(get("/me").cookie(session)).andReturn().getResponse());

		assertThat(page.result().getStatus()).isEqualTo(200);
		assertThat(page.containing("from spring_session s")).isEqualTo(1);
	}

	@Test
	void aSessionSavedByOneRequestIsReadFromTheStoreByTheNext() throws Exception {
		// the login page saves a new session and never reads it again: what it saved must not outlive it
		MockHttpServletResponse loginPage = mvc.perform(get("/login")).andReturn().getResponse();
		Cookie started = loginPage.getCookie("SESSION");
		assertThat(started).isNotNull();
		assertThat(jdbc.update("delete from spring_session where session_id = ?", sessionId(started))).isOne();

		MockHttpServletResponse signIn = mvc.perform(post("/login").cookie(started)
			.param("username", people.patient().email())
			.param("password", TestPeople.PASSWORD)
			.param("_csrf", csrfToken(loginPage))).andReturn().getResponse();

		assertThat(signIn.getStatus()).as("a deleted session vouches for no CSRF token").isEqualTo(403);
	}

	@Test
	void aTouchWithinAMinuteOfTheRecordedAccessIsNotWrittenButALaterOneIs() {
		Instant recorded = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofMinutes(5));
		String id = saved(sessions, recorded);

		touch(sessions, id, recorded.plusSeconds(59));
		assertThat(lastAccess(id)).isEqualTo(recorded.toEpochMilli());

		touch(sessions, id, recorded.plusSeconds(60));
		assertThat(lastAccess(id)).isEqualTo(recorded.plusSeconds(60).toEpochMilli());
		assertThat(jdbc.queryForObject("select expiry_time from spring_session where session_id = ?", Long.class, id))
			.isEqualTo(recorded.plusSeconds(60).plus(Duration.ofMinutes(30)).toEpochMilli());
		sessions.deleteById(id);
	}

	@Test
	void aNewIdOrAPrincipalIsWrittenEvenWithinTheMinute() {
		Instant recorded = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		String id = saved(sessions, recorded);

		String changed = changedIdAndPrincipal(sessions, id, recorded.plusSeconds(1));

		assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ? and principal_name = ?",
				Integer.class, changed, "someone@example.test")).isOne();
		assertThat(lastAccess(changed)).isEqualTo(recorded.plusSeconds(1).toEpochMilli());
		sessions.deleteById(changed);
	}

	@Test
	void aNewIdAloneOrANewTimeoutAloneIsWrittenWithinTheMinute() {
		Instant recorded = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		String id = saved(sessions, recorded);

		String changed = changedId(sessions, id);
		assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
				changed)).isOne();

		longerTimeout(sessions, changed, Duration.ofMinutes(45));
		assertThat(jdbc.queryForObject("select max_inactive_interval from spring_session where session_id = ?",
				Integer.class, changed)).isEqualTo(45 * 60);
		sessions.deleteById(changed);
	}

	private static <S extends Session> String changedId(SessionRepository<S> repository, String id) {
		S session = repository.findById(id);
		String changed = session.changeSessionId();
		repository.save(session);
		return changed;
	}

	private static <S extends Session> void longerTimeout(SessionRepository<S> repository, String id,
			Duration timeout) {
		S session = repository.findById(id);
		session.setMaxInactiveInterval(timeout);
		repository.save(session);
	}

	private long lastAccess(String id) {
		return jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class, id);
	}

	private static <S extends Session> String saved(SessionRepository<S> repository, Instant lastAccessed) {
		S session = repository.createSession();
		session.setMaxInactiveInterval(Duration.ofMinutes(30));
		session.setLastAccessedTime(lastAccessed);
		repository.save(session);
		return session.getId();
	}

	private static <S extends Session> void touch(SessionRepository<S> repository, String id, Instant at) {
		S session = repository.findById(id);
		session.setLastAccessedTime(at);
		repository.save(session);
	}

	private static <S extends Session> String changedIdAndPrincipal(SessionRepository<S> repository, String id,
			Instant at) {
		S session = repository.findById(id);
		session.setLastAccessedTime(at);
		String changed = session.changeSessionId();
		session.setAttribute(org.springframework.session.FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
				"someone@example.test");
		repository.save(session);
		return changed;
	}

	private Cookie signedIn(AuthenticatedUser user) throws Exception {
		MockHttpServletResponse loginPage = mvc.perform(get("/login")).andReturn().getResponse();
		Cookie session = mvc.perform(post("/login").cookie(loginPage.getCookie("SESSION"))
			.param("username", user.email())
			.param("password", TestPeople.PASSWORD)
			.param("_csrf", csrfToken(loginPage))).andReturn().getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	/** The SESSION cookie carries the session id in Base64. */
	private static String sessionId(Cookie cookie) {
		return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.US_ASCII);
	}

	private static String csrfToken(MockHttpServletResponse page) throws Exception {
		Matcher csrf = CSRF.matcher(page.getContentAsString());
		assertThat(csrf.find()).as("the page carries its CSRF token").isTrue();
		return csrf.group(1);
	}

}
