package org.bonetrack.nutrition.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * One thing a patient ate or took on a day. A food entry holds only the food and grams (its
 * nutrients come from the catalogue); a supplement entry copies the preset's per-serving amounts,
 * so editing a preset later does not rewrite history; a manual entry holds the amounts typed in.
 */
@Entity
@Table(name = "nutrition_entries")
public class NutritionEntryEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long patientId;

	private LocalDate eatenOn;

	@Enumerated(EnumType.STRING)
	private EntryKind kind;

	private @Nullable Long foodId;

	private @Nullable BigDecimal grams;

	private @Nullable BigDecimal portions;

	private @Nullable Long supplementId;

	private @Nullable BigDecimal servings;

	private @Nullable String label;

	private boolean supplemental;

	private @Nullable BigDecimal calciumMg;

	@Column(name = "vitamin_d_ug")
	private @Nullable BigDecimal vitaminDUg;

	@Column(name = "vitamin_k_ug")
	private @Nullable BigDecimal vitaminKUg;

	private @Nullable BigDecimal magnesiumMg;

	private @Nullable BigDecimal epaDhaMg;

	@Column(name = "protein_g")
	private @Nullable BigDecimal proteinG;

	private @Nullable String source;

	private @Nullable String sourceKey;

	private @Nullable String sourceDigest;

	private @Nullable Long importId;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected NutritionEntryEntity() {
	}

	NutritionEntryEntity(long patientId, Instant now) {
		this.patientId = patientId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void food(LocalDate date, long foodId, BigDecimal grams, @Nullable BigDecimal portions, Instant now) {
		reset(date, EntryKind.FOOD, now);
		this.foodId = foodId;
		this.grams = grams;
		this.portions = portions;
	}

	void supplement(LocalDate date, long supplementId, BigDecimal servings, NutrientAmounts perServing, Instant now) {
		reset(date, EntryKind.SUPPLEMENT, now);
		this.supplementId = supplementId;
		this.servings = servings;
		this.supplemental = true;
		amounts(perServing);
	}

	void manual(LocalDate date, @Nullable String label, boolean fromSupplement, NutrientAmounts amounts, Instant now) {
		reset(date, EntryKind.MANUAL, now);
		this.label = label;
		this.supplemental = fromSupplement;
		amounts(amounts);
	}

	/** Keeps the supplement's copied amounts: only the date and servings change. */
	void changeServings(LocalDate date, BigDecimal servings, Instant now) {
		this.eatenOn = date;
		this.servings = servings;
		this.updatedAt = now;
	}

	private void reset(LocalDate date, EntryKind kind, Instant now) {
		this.eatenOn = date;
		this.kind = kind;
		this.foodId = null;
		this.grams = null;
		this.portions = null;
		this.supplementId = null;
		this.servings = null;
		this.label = null;
		this.supplemental = false;
		amounts(NutrientAmounts.NONE);
		this.updatedAt = now;
	}

	private void amounts(NutrientAmounts amounts) {
		this.calciumMg = amounts.calciumMg();
		this.vitaminDUg = amounts.vitaminDUg();
		this.vitaminKUg = amounts.vitaminKUg();
		this.magnesiumMg = amounts.magnesiumMg();
		this.epaDhaMg = amounts.epaDhaMg();
		this.proteinG = amounts.proteinG();
	}

	public Long getId() {
		return id;
	}

	public long getPatientId() {
		return patientId;
	}

	public LocalDate getEatenOn() {
		return eatenOn;
	}

	public EntryKind getKind() {
		return kind;
	}

	public @Nullable Long getSupplementId() {
		return supplementId;
	}

	public long getVersion() {
		return version;
	}

}
