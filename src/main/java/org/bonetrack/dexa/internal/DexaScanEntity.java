package org.bonetrack.dexa.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.bonetrack.dexa.DexaScan;
import org.bonetrack.dexa.Manufacturer;
import org.bonetrack.dexa.SiteKey;
import org.bonetrack.dexa.SiteResult;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "dexa_scans")
class DexaScanEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long patientId;

	private LocalDate scanDate;

	private String facility;

	@Enumerated(EnumType.STRING)
	private Manufacturer manufacturer;

	private @Nullable String model;

	private @Nullable Long recordedBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "scan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<DexaSiteResultEntity> sites = new ArrayList<>();

	protected DexaScanEntity() {
	}

	DexaScanEntity(long patientId, ValidScan scan, long recordedBy, Instant now) {
		this.patientId = patientId;
		this.recordedBy = recordedBy;
		this.createdAt = now;
		apply(scan, now);
	}

	/**
	 * Takes the new values. Results of a site that stays are updated in place, so that the
	 * unique (scan, site, side) constraint never sees a new row before the old one is gone.
	 */
	void apply(ValidScan scan, Instant now) {
		this.scanDate = scan.date();
		this.facility = scan.facility();
		this.manufacturer = scan.manufacturer();
		this.model = scan.model();
		this.updatedAt = now;
		Map<SiteKey, SiteResult> wanted = scan.sites()
			.stream()
			.collect(Collectors.toMap(SiteResult::key, Function.identity()));
		for (Iterator<DexaSiteResultEntity> existing = sites.iterator(); existing.hasNext();) {
			DexaSiteResultEntity site = existing.next();
			SiteResult replacement = wanted.remove(site.key());
			if (replacement == null) {
				existing.remove();
			}
			else {
				site.apply(replacement);
			}
		}
		for (SiteResult result : scan.sites()) {
			if (wanted.containsKey(result.key())) {
				sites.add(new DexaSiteResultEntity(this, result));
			}
		}
	}

	Long getId() {
		return id;
	}

	long getPatientId() {
		return patientId;
	}

	LocalDate getScanDate() {
		return scanDate;
	}

	long getVersion() {
		return version;
	}

	DexaScan toScan() {
		return new DexaScan(id, version, scanDate, facility, manufacturer, model,
				sites.stream().map(DexaSiteResultEntity::toResult).toList());
	}

}
