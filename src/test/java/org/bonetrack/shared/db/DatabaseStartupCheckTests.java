package org.bonetrack.shared.db;

import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.bonetrack.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@IntegrationTest
class DatabaseStartupCheckTests {

	@Autowired
	HikariDataSource dataSource;

	@Test
	void unreachableServerFailsWithOneSentenceSayingHowToStartPostgres() {
		DatabaseUnavailableException failure = catchThrowableOfType(DatabaseUnavailableException.class,
				() -> DatabaseStartupCheck.check("jdbc:postgresql://127.0.0.1:1/bonetrack", "postgres", "", false));

		FailureAnalysis analysis = new DatabaseUnavailableFailureAnalyzer().analyze(failure);

		assertThat(analysis.getDescription()).startsWith("BoneTrack cannot reach PostgreSQL at jdbc:postgresql://127.0.0.1:1/bonetrack");
		assertThat(analysis.getDescription().lines()).hasSize(1);
		assertThat(analysis.getAction()).contains("docker compose up -d postgres").contains("BONETRACK_DB_URL");
	}

	@Test
	void missingDatabaseIsCreatedWhenAllowed() {
		String name = "bonetrack_created_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String url = PostgresUrls.withDatabase(dataSource.getJdbcUrl(), name);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		try {
			DatabaseStartupCheck.check(url, dataSource.getUsername(), dataSource.getPassword(), true);

			assertThat(jdbc.queryForObject("select count(*) from pg_database where datname = ?", Integer.class, name))
				.isEqualTo(1);
		}
		finally {
			jdbc.execute("drop database if exists " + name);
		}
	}

	@Test
	void missingDatabaseIsReportedWhenCreationIsNotAllowed() {
		String url = PostgresUrls.withDatabase(dataSource.getJdbcUrl(), "bonetrack_never_created");

		assertThatThrownBy(() -> DatabaseStartupCheck.check(url, dataSource.getUsername(), dataSource.getPassword(), false))
			.isInstanceOfSatisfying(DatabaseUnavailableException.class,
					ex -> assertThat(ex.databaseMissing()).isTrue());
	}

}
