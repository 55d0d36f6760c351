package org.bonetrack.accounts.internal;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
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
