package org.bonetrack.audit.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bonetrack.audit.AuditEntry;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

@Entity
@Immutable
@Table(name = "audit_events")
public class AuditEventEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private @Nullable Long actorId;

	private @Nullable String actorEmail;

	private String action;

	private @Nullable Long patientId;

	private @Nullable String details;

	protected AuditEventEntity() {
	}

	AuditEventEntity(Instant occurredAt, @Nullable Long actorId, @Nullable String actorEmail, String action,
			@Nullable Long patientId, @Nullable String details) {
		this.occurredAt = occurredAt;
		this.actorId = actorId;
		this.actorEmail = actorEmail;
		this.action = action;
		this.patientId = patientId;
		this.details = details;
	}

	AuditEntry toEntry() {
		return new AuditEntry(id, occurredAt, actorId, actorEmail, action, patientId, details);
	}

}
