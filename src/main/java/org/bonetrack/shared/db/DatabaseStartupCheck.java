package org.bonetrack.shared.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before anything else starts, makes sure PostgreSQL can be reached, so that a missing database
 * ends in one clear sentence instead of a wall of stack traces. With
 * {@code bonetrack.database.create-if-missing=true} (the demo profile) a database that does not
 * exist yet is created.
 */
public class DatabaseStartupCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Log log = LogFactory.getLog(DatabaseStartupCheck.class);

	/** PostgreSQL's SQLSTATE for "database does not exist". */
	private static final String INVALID_CATALOG_NAME = "3D000";

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment env = event.getEnvironment();
		if (!env.getProperty("bonetrack.database.startup-check", Boolean.class, true)) {
			return;
		}
		String url = env.getProperty("spring.datasource.url");
		if (url == null || !url.startsWith("jdbc:postgresql:")) {
			return;
		}
		String user = env.getProperty("spring.datasource.username", "");
		String password = env.getProperty("spring.datasource.password", "");
		boolean createIfMissing = env.getProperty("bonetrack.database.create-if-missing", Boolean.class, false);
		check(url, user, password, createIfMissing);
	}

	static void check(String url, String user, String password, boolean createIfMissing) {
		try (Connection ignored = connect(url, user, password)) {
			// reachable
		}
		catch (SQLException ex) {
			if (INVALID_CATALOG_NAME.equals(ex.getSQLState()) && createIfMissing) {
				createDatabase(url, user, password);
				return;
			}
			throw new DatabaseUnavailableException(url, INVALID_CATALOG_NAME.equals(ex.getSQLState()), ex);
		}
	}

	private static void createDatabase(String url, String user, String password) {
		String database = PostgresUrls.databaseName(url);
		try (Connection connection = connect(PostgresUrls.withDatabase(url, "postgres"), user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("create database \"" + database.replace("\"", "\"\"") + "\"");
			log.info("Created database '" + database + "' for the demo profile");
		}
		catch (SQLException ex) {
			throw new DatabaseUnavailableException(url, true, ex);
		}
	}

	private static Connection connect(String url, String user, String password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", user);
		properties.setProperty("password", password);
		properties.setProperty("connectTimeout", "5");
		properties.setProperty("loginTimeout", "10");
		return DriverManager.getConnection(url, properties);
	}

}
