package org.bonetrack.patients.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "clinical_notes")
public class ClinicalNoteEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long patientId;

	private @Nullable Long clinicianId;

	private String body;

	private boolean sharedWithPatient;

	private Instant createdAt;

	protected ClinicalNoteEntity() {
	}

	ClinicalNoteEntity(long patientId, long clinicianId, String body, boolean sharedWithPatient, Instant createdAt) {
		this.patientId = patientId;
		this.clinicianId = clinicianId;
		this.body = body;
		this.sharedWithPatient = sharedWithPatient;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public long getPatientId() {
		return patientId;
	}

	public @Nullable Long getClinicianId() {
		return clinicianId;
	}

	public String getBody() {
		return body;
	}

	public boolean isSharedWithPatient() {
		return sharedWithPatient;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
