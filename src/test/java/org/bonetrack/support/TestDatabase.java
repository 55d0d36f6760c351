package org.bonetrack.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.bonetrack.shared.db.PostgresUrls;
import org.testcontainers.DockerClientFactory;

/**
 * Decides, once per test run, which real PostgreSQL the tests use: the server named by
 * BONETRACK_TEST_DB_URL when set; otherwise a Testcontainers PostgreSQL when a Docker engine
 * answers; otherwise {@code bonetrack_test} on localhost:5432. A local test database is dropped
 * and created afresh, so every run also proves that the migrations apply to an empty database.
 * With no PostgreSQL at all, the tests fail with a message saying what to start: never skipped.
 */
public final class TestDatabase {

	static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/bonetrack_test";

	private static volatile Boolean useContainer;

	private static volatile boolean localPrepared;

	private TestDatabase() {
	}

	static synchronized boolean useContainer() {
		if (useContainer == null) {
			useContainer = System.getenv("BONETRACK_TEST_DB_URL") == null && dockerAvailable();
		}
		return useContainer;
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	public static String url() {
		return env("BONETRACK_TEST_DB_URL", DEFAULT_URL);
	}

	public static String username() {
		return env("BONETRACK_TEST_DB_USER", "postgres");
	}

	public static String password() {
		return env("BONETRACK_TEST_DB_PASSWORD", "postgres");
	}

	/** Makes the local test database exist and be empty; once per JVM. */
	static synchronized void prepareLocal() {
		if (localPrepared) {
			return;
		}
		String url = url();
		String database = PostgresUrls.databaseName(url);
		try (Connection connection = connect(PostgresUrls.withDatabase(url, "postgres"));
				Statement statement = connection.createStatement()) {
			String quoted = "\"" + database.replace("\"", "\"\"") + "\"";
			if (database.contains("test")) {
				statement.execute("drop database if exists " + quoted + " with (force)");
				statement.execute("create database " + quoted);
			}
			else {
				try (var result = statement.executeQuery(
						"select 1 from pg_database where datname = '" + database.replace("'", "''") + "'")) {
					if (!result.next()) {
						statement.execute("create database " + quoted);
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("No PostgreSQL for the tests: no Docker engine answers for Testcontainers, "
					+ "and the server for " + url + " cannot be reached (" + ex.getMessage().lines().findFirst().orElse("")
					+ "). Start PostgreSQL on localhost:5432, or set BONETRACK_TEST_DB_URL (and BONETRACK_TEST_DB_USER, "
					+ "BONETRACK_TEST_DB_PASSWORD) to a server the tests may use.", ex);
		}
		localPrepared = true;
	}

	private static Connection connect(String url) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", username());
		properties.setProperty("password", password());
		properties.setProperty("connectTimeout", "5");
		return DriverManager.getConnection(url, properties);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
