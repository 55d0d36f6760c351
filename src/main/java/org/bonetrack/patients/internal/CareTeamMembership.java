package org.bonetrack.patients.internal;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

@Entity
@Table(name = "care_team")
@IdClass(CareTeamMembership.Key.class)
public class CareTeamMembership {

	@Id
	private long clinicianId;

	@Id
	private long patientId;

	private Instant assignedAt;

	protected CareTeamMembership() {
	}

	CareTeamMembership(long clinicianId, long patientId, Instant assignedAt) {
		this.clinicianId = clinicianId;
		this.patientId = patientId;
		this.assignedAt = assignedAt;
	}

	public long getClinicianId() {
		return clinicianId;
	}

	public long getPatientId() {
		return patientId;
	}

	public record Key(long clinicianId, long patientId) implements Serializable {

		public Key() {
			this(0, 0);
		}

	}

}
