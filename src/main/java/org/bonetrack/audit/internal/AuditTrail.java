package org.bonetrack.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.audit.AuditAction;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes audit rows. It joins the caller's transaction when there is one, so an audited change
 * and its audit row commit or roll back together.
 */
@Component
class AuditTrail {

	private static final String INSERT = """
			insert into audit_events (occurred_at, actor_id, actor_email, action, patient_id, details)
			values (?, ?, ?, ?, ?, ?)
			""";

	private static final String INSERT_VIEWS = """
			insert into audit_events (occurred_at, actor_id, actor_email, action, details, patient_id)
			select ?, ?, ?, ?, ?, patient_id from unnest(cast(? as bigint[])) with ordinality as shown(patient_id, n)
			order by n
			""";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AuditTrail(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an action by whoever is signed in on this thread. */
	void record(AuditAction action, @Nullable Long patientId, @Nullable String details) {
		AuthenticatedUser actor = currentUser();
		record(action, actor == null ? null : actor.id(), actor == null ? null : actor.email(), patientId, details);
	}

	void record(AuditAction action, @Nullable Long actorId, @Nullable String actorEmail, @Nullable Long patientId,
			@Nullable String details) {
		jdbc.update(INSERT, Timestamp.from(clock.instant()), actorId, truncate(actorEmail, 254), action.name(),
				patientId, truncate(details, 1000));
	}

	/**
	 * One row per patient, in one statement: a list page shows 25 patients, and 25 inserts (even
	 * batched) were most of the statements PostgreSQL ran for it.
	 */
	void recordViews(long actorId, List<Long> patientIds, String details) {
		if (patientIds.isEmpty()) {
			return;
		}
		AuthenticatedUser actor = currentUser();
		String email = actor != null && actor.id() == actorId ? actor.email() : null;
		jdbc.update(INSERT_VIEWS, Timestamp.from(clock.instant()), actorId, email,
				AuditAction.PATIENT_RECORD_VIEWED.name(), truncate(details, 1000), patientIds.toArray(Long[]::new));
	}

	private static @Nullable AuthenticatedUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user ? user : null;
	}

	private static @Nullable String truncate(@Nullable String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
