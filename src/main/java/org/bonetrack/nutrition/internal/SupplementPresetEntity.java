package org.bonetrack.nutrition.internal;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A supplement patients can pick, with what one serving contains. Admins edit it. */
@Entity
@Table(name = "supplement_presets")
public class SupplementPresetEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String serving;

	private BigDecimal calciumMg;

	@Column(name = "vitamin_d_ug")
	private BigDecimal vitaminDUg;

	@Column(name = "vitamin_k_ug")
	private BigDecimal vitaminKUg;

	private BigDecimal magnesiumMg;

	private BigDecimal epaMg;

	private BigDecimal dhaMg;

	@Column(name = "protein_g")
	private BigDecimal proteinG;

	@Column(name = "contains_vitamin_k", insertable = false, updatable = false)
	private Boolean containsVitaminK;

	private boolean active;

	private Instant updatedAt;

	@Version
	private long version;

	protected SupplementPresetEntity() {
	}

	SupplementPresetEntity(String code, SupplementPreset.Content content, Instant now) {
		this.code = code;
		apply(content, now);
	}

	void apply(SupplementPreset.Content content, Instant now) {
		this.name = content.name();
		this.serving = content.serving();
		this.calciumMg = content.calciumMg();
		this.vitaminDUg = content.vitaminDUg();
		this.vitaminKUg = content.vitaminKUg();
		this.magnesiumMg = content.magnesiumMg();
		this.epaMg = content.epaMg();
		this.dhaMg = content.dhaMg();
		this.proteinG = content.proteinG();
		this.active = content.active();
		this.containsVitaminK = content.vitaminKUg().signum() > 0;
		this.updatedAt = now;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public SupplementPreset toPreset() {
		return new SupplementPreset(id, code, version,
				new SupplementPreset.Content(name, serving, Amounts.tidy(calciumMg), Amounts.tidy(vitaminDUg),
						Amounts.tidy(vitaminKUg), Amounts.tidy(magnesiumMg), Amounts.tidy(epaMg), Amounts.tidy(dhaMg),
						Amounts.tidy(proteinG), active));
	}

}
