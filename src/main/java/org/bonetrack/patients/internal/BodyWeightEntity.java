package org.bonetrack.patients.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bonetrack.patients.BodyWeight;

@Entity
@Table(name = "body_weights")
public class BodyWeightEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long patientId;

	private LocalDate measuredOn;

	private BigDecimal weightKg;

	private Instant createdAt;

	protected BodyWeightEntity() {
	}

	BodyWeightEntity(long patientId, LocalDate measuredOn, BigDecimal weightKg, Instant createdAt) {
		this.patientId = patientId;
		this.measuredOn = measuredOn;
		this.weightKg = weightKg;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public long getPatientId() {
		return patientId;
	}

	public LocalDate getMeasuredOn() {
		return measuredOn;
	}

	void correct(BigDecimal weightKg) {
		this.weightKg = weightKg;
	}

	public BodyWeight toBodyWeight() {
		return new BodyWeight(id, measuredOn, weightKg);
	}

}
