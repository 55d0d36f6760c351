package org.bonetrack.nutrition;

import org.bonetrack.BoneTrackApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts BoneTrack for a JMH benchmark against a real PostgreSQL: the database named by
 * BONETRACK_BENCH_DB_URL, else BONETRACK_TEST_DB_URL, else {@code bonetrack_bench} on localhost
 * (created and migrated when missing). No demo data; quiet logs; a random port.
 */
final class BenchmarkApplication {

	private BenchmarkApplication() {
	}

	static ConfigurableApplicationContext start() {
		String url = env("BONETRACK_BENCH_DB_URL", env("BONETRACK_TEST_DB_URL",
				"jdbc:postgresql://localhost:5432/bonetrack_bench"));
		// command-line arguments, so that they win over application.properties
		return new SpringApplicationBuilder(BoneTrackApplication.class).run("--spring.datasource.url=" + url,
				"--spring.datasource.username=" + env("BONETRACK_TEST_DB_USER", "postgres"),
				"--spring.datasource.password=" + env("BONETRACK_TEST_DB_PASSWORD", "postgres"),
				"--bonetrack.database.create-if-missing=true", "--server.port=0", "--logging.level.root=WARN",
				"--spring.main.banner-mode=off");
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
