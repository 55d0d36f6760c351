package org.bonetrack.support;

import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The real PostgreSQL every test that touches data runs against (see {@link TestDatabase}). */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	/** One container for the whole run, shared by every cached application context. */
	private static PostgreSQLContainer container;

	@Bean
	@ServiceConnection
	@Conditional(UsesContainer.class)
	PostgreSQLContainer postgres() {
		synchronized (TestDatabaseConfiguration.class) {
			if (container == null) {
				container = new PostgreSQLContainer(DockerImageName.parse("postgres:17-alpine"));
			}
			return container;
		}
	}

	@Bean
	@Conditional(UsesLocalServer.class)
	JdbcConnectionDetails localTestDatabase() {
		TestDatabase.prepareLocal();
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return TestDatabase.username();
			}

			@Override
			public String getPassword() {
				return TestDatabase.password();
			}

			@Override
			public String getJdbcUrl() {
				return TestDatabase.url();
			}

		};
	}

	static class UsesContainer implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return TestDatabase.useContainer();
		}

	}

	static class UsesLocalServer implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !TestDatabase.useContainer();
		}

	}

}
