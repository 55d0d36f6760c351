package org.bonetrack.guidance.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.bonetrack.guidance.RuleParameter;
import org.bonetrack.guidance.RuleSet;
import org.jspecify.annotations.Nullable;

/** A rule set version: the draft being prepared or a published one (never changed again). */
@Entity
@Table(name = "rule_sets")
public class RuleSetEntity {

	public enum Status {

		DRAFT, PUBLISHED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "version_number")
	private int number;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant createdAt;

	private @Nullable Long updatedBy;

	private String updatedByName;

	private Instant updatedAt;

	private @Nullable Instant publishedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "rule_set_parameters", joinColumns = @JoinColumn(name = "rule_set_id"))
	@MapKeyColumn(name = "parameter")
	@Column(name = "value")
	private Map<String, BigDecimal> values = new HashMap<>();

	@Version
	private long version;

	protected RuleSetEntity() {
	}

	static RuleSetEntity draftFrom(RuleSet base, int number, long adminId, String adminName, Instant now) {
		RuleSetEntity draft = new RuleSetEntity();
		draft.number = number;
		draft.status = Status.DRAFT;
		draft.createdAt = now;
		draft.touch(adminId, adminName, now);
		base.values().forEach((parameter, value) -> draft.values.put(parameter.key(), value));
		return draft;
	}

	void replaceValues(RuleSet values, long adminId, String adminName, Instant now) {
		requireDraft();
		this.values.clear();
		values.values().forEach((parameter, value) -> this.values.put(parameter.key(), value));
		touch(adminId, adminName, now);
	}

	void publish(long adminId, String adminName, Instant now) {
		requireDraft();
		this.status = Status.PUBLISHED;
		this.publishedAt = now;
		touch(adminId, adminName, now);
	}

	private void touch(long adminId, String adminName, Instant now) {
		this.updatedBy = adminId;
		this.updatedByName = adminName;
		this.updatedAt = now;
	}

	private void requireDraft() {
		if (status != Status.DRAFT) {
			throw new IllegalStateException("Rule set v" + number + " is published and cannot change");
		}
	}

	/** The stored values as a rule set; a parameter the row lacks takes its v1 value. */
	public RuleSet toRuleSet() {
		Map<RuleParameter, BigDecimal> map = new EnumMap<>(RuleParameter.class);
		values.forEach((key, value) -> RuleParameter.byKey(key).ifPresent(parameter -> map.put(parameter, value)));
		return RuleSet.of(number, map);
	}

	public Long getId() {
		return id;
	}

	public int getNumber() {
		return number;
	}

	public Status getStatus() {
		return status;
	}

	public String getUpdatedByName() {
		return updatedByName;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public @Nullable Instant getPublishedAt() {
		return publishedAt;
	}

	public long getVersion() {
		return version;
	}

}
