package org.bonetrack.shared.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a missing PostgreSQL in one sentence and says how to start one. */
public class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnavailableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnavailableException cause) {
		String description = cause.databaseMissing()
				? "BoneTrack found PostgreSQL but not the database at " + cause.url() + " (" + rootCauseMessage(cause) + ")."
				: "BoneTrack cannot reach PostgreSQL at " + cause.url() + " (" + rootCauseMessage(cause) + ").";
		String action = "Start one with `docker compose up -d postgres`, or point BONETRACK_DB_URL, BONETRACK_DB_USER and "
				+ "BONETRACK_DB_PASSWORD at a running PostgreSQL server"
				+ (cause.databaseMissing() ? " (the demo profile creates a missing database itself)." : ".");
		return new FailureAnalysis(description, action, cause);
	}

	private static String rootCauseMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
	}

}
