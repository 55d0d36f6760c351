package org.bonetrack.accounts;

import java.time.Duration;
import java.time.Instant;

import org.bonetrack.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SessionStoreTests {

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void sessionsUseAPlainJdbcTransactionManagerAndTheApplicationTheJpaOne() {
		assertThat(ReflectionTestUtils.getField(sessions, "transactionOperations")).isInstanceOfSatisfying(
				TransactionTemplate.class,
				template -> assertThat(template.getTransactionManager()).isInstanceOf(JdbcTransactionManager.class));
		assertThat(context.getBean(TransactionTemplate.class).getTransactionManager())
			.isInstanceOf(JpaTransactionManager.class);
	}

	@Test
	void noIndexCoversTheTimesEveryRequestMovesSoTheUpdateStaysOnItsPage() {
		assertThat(jdbc.queryForList("""
				select a.attname from pg_index i
				join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
				where i.indrelid = 'spring_session'::regclass""", String.class))
			.doesNotContain("last_access_time", "expiry_time", "max_inactive_interval")
			.contains("session_id");
		assertThat(jdbc.queryForObject("select reloptions::text from pg_class where oid = 'spring_session'::regclass",
				String.class)).contains("fillfactor=50");
	}

	@Test
	void expiredSessionsAreStillCleanedUpWithoutAnIndexOnTheirExpiry() {
		String expired = saved(sessions, Duration.ofMinutes(1), Instant.now().minus(Duration.ofMinutes(5)));
		String live = saved(sessions, Duration.ofMinutes(30), Instant.now());

		sessions.cleanUpExpiredSessions();

		assertThat(jdbc.queryForList("select session_id from spring_session where session_id in (?, ?)", String.class,
				expired, live)).containsExactly(live);
		sessions.deleteById(live);
	}

	private static <S extends Session> String saved(SessionRepository<S> repository, Duration maxInactive,
			Instant lastAccessed) {
		S session = repository.createSession();
		session.setMaxInactiveInterval(maxInactive);
		session.setLastAccessedTime(lastAccessed);
		repository.save(session);
		return session.getId();
	}

	@Test
	void twoRequestsOfOneSessionCanAddTheSameAttribute() {
		assertThat(lastWriterOfOneAttributeFromTwoRequests(sessions)).isEqualTo("from the second tab");
	}

	private static <S extends Session> String lastWriterOfOneAttributeFromTwoRequests(SessionRepository<S> repository) {
		S created = repository.createSession();
		repository.save(created);
		// two requests load the session at the same time, and each adds the attribute it lacked
		S first = repository.findById(created.getId());
		S second = repository.findById(created.getId());
		first.setAttribute("token", "from the first tab");
		second.setAttribute("token", "from the second tab");
		repository.save(first);
		repository.save(second);
		String stored = repository.findById(created.getId()).getAttribute("token");
		repository.deleteById(created.getId());
		return stored;
	}

}
