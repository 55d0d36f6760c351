package org.bonetrack.accounts.internal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.bonetrack.accounts.Role;
import org.bonetrack.accounts.UserSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads many accounts in brief for lists (a clinician's list reads hundreds): one plain SQL query
 * mapped straight to {@link UserSummary}, without entities. Writes keep {@link UserAccount}.
 */
@Component
public class UserSummaryQueries {

	private static final String SUMMARIES = """
			select id, email, display_name, role, enabled, password_hash is not null as has_password, created_at
			from users where id = any(cast(:ids as bigint[]))""";

	private final JdbcClient jdbc;

	UserSummaryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The accounts with these ids, in no particular order; unknown ids are left out. */
	public List<UserSummary> summaries(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SUMMARIES)
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, row) -> new UserSummary(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
					Role.valueOf(rs.getString("role")),
					UserAccount.status(rs.getBoolean("enabled"), rs.getBoolean("has_password")),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

}
