package org.bonetrack.exercise.internal;

import java.time.Duration;
import java.time.Instant;

import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.SettableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue is read from the database once per time to live, not on every logged session. */
@IntegrationTest
@Transactional // the row added below is rolled back with the test
class CatalogueTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aChangedCatalogueIsSeenOnceTheTimeToLiveHasPassedAndNotBefore() {
		SettableClock clock = new SettableClock(Instant.parse("2026-11-27T10:00:00Z"));
		Catalogue catalogue = new Catalogue(jdbc, clock, Duration.ofMinutes(1));
		assertThat(catalogue.entries().byKey("sled-push")).isEmpty();

		jdbc.sql("""
				insert into exercise_catalogue (key, kind, name, peak_force_bw, lower_body, force_source, sort_order)
				values ('sled-push', 'RESISTANCE', 'Sled push (test)', null, true, null, 999)""").update();
		clock.advance(Duration.ofSeconds(59));
		assertThat(catalogue.entries().byKey("sled-push")).isEmpty();

		clock.advance(Duration.ofSeconds(1));
		assertThat(catalogue.entries().byKey("sled-push")).hasValueSatisfying(
				entry -> assertThat(entry.name()).isEqualTo("Sled push (test)"));
	}

}
