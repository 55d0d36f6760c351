package org.bonetrack;

import javax.sql.DataSource;

import org.bonetrack.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class FlywayMigrationTests {

	@Autowired
	DataSource dataSource;

	@Test
	void everyMigrationAppliesToAnEmptySchema() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.execute("drop schema if exists flyway_empty_check cascade");
		try {
			Flyway flyway = Flyway.configure()
				.dataSource(dataSource)
				.schemas("flyway_empty_check")
				.locations("classpath:db/migration")
				.load();
			int pending = flyway.info().pending().length;
			MigrateResult result = flyway.migrate();

			assertThat(result.success).isTrue();
			assertThat(result.migrationsExecuted).isEqualTo(pending).isPositive();
			assertThat(jdbc.queryForObject(
					"select count(*) from information_schema.tables where table_schema = 'flyway_empty_check' and table_name = 'users'",
					Integer.class))
				.isEqualTo(1);
		}
		finally {
			jdbc.execute("drop schema if exists flyway_empty_check cascade");
		}
	}

}
