package org.bonetrack.accounts.internal;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions in PostgreSQL (Spring Session JDBC).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/**
	 * Two requests of one session that each add the same attribute (two tabs rendering a form, each
	 * creating the CSRF token) would otherwise both insert it, and the second would fail with a
	 * duplicate key: an upsert lets the last writer win instead.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributeUpsert() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * A session used again is written back at most once a minute when nothing but its last access
	 * changed: every request touched its row (a write, WAL and a dead row version per page view, and
	 * a queue on the row lock when one person's tabs load at once). The update still runs, and
	 * writes whenever the id, the principal, the timeout or an attribute changes; the idle timeout
	 * (30 minutes) is therefore counted from an access at most a minute older than the last one.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTouchedAtMostOncePerMinute() {
		return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION_UNLESS_ONLY_JUST_TOUCHED);
	}

	/** Spring Session's update with its parameters in the same order, skipping a mere touch within a minute. */
	static final String UPDATE_SESSION_UNLESS_ONLY_JUST_TOUCHED = """
			UPDATE %TABLE_NAME% S
			SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
			    MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME, PRINCIPAL_NAME = V.PRINCIPAL_NAME
			FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
			             CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
			             CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME) V
			WHERE S.PRIMARY_ID = ?
			  AND (S.SESSION_ID <> V.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
			       OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
			       OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= 60000)
			""";

	/** The JDBC session repository, reading each request's session once ({@link SessionReadOncePerRequest}). */
	@Bean
	static SessionReadOncePerRequest sessionReadOncePerRequest() {
		return new SessionReadOncePerRequest();
	}

	/** Just outside the session filter, so the saved session is forgotten after the filter's last use of it. */
	@Bean
	FilterRegistrationBean<Filter> sessionReadOncePerRequestScope(SessionReadOncePerRequest sessions) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(sessions.requestScope());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		return registration;
	}

	/**
	 * Session reads and writes in plain JDBC transactions (Spring Session picks this bean by its
	 * name). Every request reads its session and touches it, and the JPA transaction manager it
	 * would use otherwise opens a Hibernate session for each of those transactions: about 2 % of the
	 * patient home's CPU (bench/README.md).
	 */
	@Bean
	TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
		return new TransactionTemplate(new JdbcTransactionManager(dataSource));
	}

	/** Spring Boot's template for everyone else: Boot's own backs off once any TransactionOperations bean exists. */
	@Bean
	@Primary
	TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
		return new TransactionTemplate(transactionManager);
	}

}
