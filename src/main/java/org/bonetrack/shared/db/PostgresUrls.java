package org.bonetrack.shared.db;

import java.net.URI;

/** Reads and rewrites the database name of a {@code jdbc:postgresql://host:port/name?...} URL. */
public final class PostgresUrls {

	private PostgresUrls() {
	}

	public static String databaseName(String jdbcUrl) {
		String path = uri(jdbcUrl).getPath();
		return path.startsWith("/") ? path.substring(1) : path;
	}

	/** The same server and parameters, another database. */
	public static String withDatabase(String jdbcUrl, String database) {
		URI uri = uri(jdbcUrl);
		String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
		String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
		return "jdbc:" + uri.getScheme() + "://" + uri.getHost() + port + "/" + database + query;
	}

	private static URI uri(String jdbcUrl) {
		return URI.create(jdbcUrl.substring("jdbc:".length()));
	}

}
