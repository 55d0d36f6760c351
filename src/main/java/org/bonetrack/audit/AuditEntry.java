package org.bonetrack.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of the audit trail as the admin page shows it. */
public record AuditEntry(long id, Instant occurredAt, @Nullable Long actorId, @Nullable String actorEmail,
		String action, @Nullable Long patientId, @Nullable String details) {
}
