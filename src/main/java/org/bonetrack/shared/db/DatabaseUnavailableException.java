package org.bonetrack.shared.db;

/** PostgreSQL could not be reached (or the database is missing) when the application started. */
public class DatabaseUnavailableException extends RuntimeException {

	private final String url;

	private final boolean databaseMissing;

	public DatabaseUnavailableException(String url, boolean databaseMissing, Throwable cause) {
		super((databaseMissing ? "Database missing at " : "Cannot reach PostgreSQL at ") + url, cause);
		this.url = url;
		this.databaseMissing = databaseMissing;
	}

	public String url() {
		return url;
	}

	public boolean databaseMissing() {
		return databaseMissing;
	}

}
