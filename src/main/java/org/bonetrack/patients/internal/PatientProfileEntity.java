package org.bonetrack.patients.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.bonetrack.patients.ClinicalContext;
import org.bonetrack.patients.Sex;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.shared.VitaminDUnit;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "patient_profiles")
public class PatientProfileEntity {

	@Id
	private Long patientId;

	private @Nullable LocalDate birthDate;

	@Enumerated(EnumType.STRING)
	private @Nullable Sex sex;

	private @Nullable BigDecimal heightCm;

	private @Nullable LocalDate anastrozoleStart;

	private String timeZone;

	@Enumerated(EnumType.STRING)
	private MassUnit massUnit;

	@Enumerated(EnumType.STRING)
	@Column(name = "vitamin_d_unit")
	private VitaminDUnit vitaminDUnit;

	private boolean lowImpactPlan;

	private boolean takesWarfarin;

	private boolean fragilityFracture;

	private boolean vertebralFracture;

	private boolean parentalHipFracture;

	private boolean oralCorticosteroids;

	private boolean smoker;

	private @Nullable String boneProtectiveMedication;

	private Instant updatedAt;

	@Version
	private long version;

	protected PatientProfileEntity() {
	}

	PatientProfileEntity(long patientId, String timeZone, Instant now) {
		this.patientId = patientId;
		this.timeZone = timeZone;
		this.massUnit = MassUnit.KG;
		this.vitaminDUnit = VitaminDUnit.IU;
		this.updatedAt = now;
	}

	void update(ProfileUpdate update, Instant now) {
		this.birthDate = update.birthDate();
		this.sex = update.sex();
		this.heightCm = update.heightCm();
		this.anastrozoleStart = update.anastrozoleStart();
		this.timeZone = update.timeZone();
		this.massUnit = update.massUnit();
		this.vitaminDUnit = update.vitaminDUnit();
		this.updatedAt = now;
	}

	void update(ClinicalContext context, Instant now) {
		this.lowImpactPlan = context.lowImpactPlan();
		this.takesWarfarin = context.takesWarfarin();
		this.fragilityFracture = context.fragilityFracture();
		this.vertebralFracture = context.vertebralFracture();
		this.parentalHipFracture = context.parentalHipFracture();
		this.oralCorticosteroids = context.oralCorticosteroids();
		this.smoker = context.smoker();
		this.boneProtectiveMedication = context.boneProtectiveMedication();
		this.updatedAt = now;
	}

	/** Forgets everything personal; only the row (and the default units) remain. */
	void erase(Instant now) {
		update(new ProfileUpdate(null, null, null, null, timeZone, MassUnit.KG, VitaminDUnit.IU), now);
		update(ClinicalContext.NONE, now);
	}

	public Long getPatientId() {
		return patientId;
	}

	public @Nullable LocalDate getBirthDate() {
		return birthDate;
	}

	public @Nullable Sex getSex() {
		return sex;
	}

	public @Nullable BigDecimal getHeightCm() {
		return heightCm;
	}

	public @Nullable LocalDate getAnastrozoleStart() {
		return anastrozoleStart;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public MassUnit getMassUnit() {
		return massUnit;
	}

	public VitaminDUnit getVitaminDUnit() {
		return vitaminDUnit;
	}

	public long getVersion() {
		return version;
	}

	public ClinicalContext clinicalContext() {
		return new ClinicalContext(lowImpactPlan, takesWarfarin, fragilityFracture, vertebralFracture,
				parentalHipFracture, oralCorticosteroids, smoker, boneProtectiveMedication);
	}

}
