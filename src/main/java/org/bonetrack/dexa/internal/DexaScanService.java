package org.bonetrack.dexa.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bonetrack.dexa.DexaResults;
import org.bonetrack.dexa.DexaScan;
import org.bonetrack.dexa.DexaScanChanged;
import org.bonetrack.dexa.DexaScanDeleted;
import org.bonetrack.dexa.DexaScanRecorded;
import org.bonetrack.dexa.Manufacturer;
import org.bonetrack.dexa.SiteResult;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.RecordNotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, corrects and removes a patient's scans. Callers have already checked that the
 * clinician is on the patient's care team; every query here is scoped by the patient. Each change
 * recomputes the patient's stored latest summary ({@link LatestDexaSummaries}) in its transaction.
 */
@Service
public class DexaScanService {

	private final DexaScanRepository scans;

	private final Patients patients;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final LatestDexaSummaries summaries;

	private final DexaResults results;

	DexaScanService(DexaScanRepository scans, Patients patients, ApplicationEventPublisher events, Clock clock,
			LatestDexaSummaries summaries, DexaResults results) {
		this.scans = scans;
		this.patients = patients;
		this.events = events;
		this.clock = clock;
		this.summaries = summaries;
		this.results = results;
	}

	/** The patient's scans as stored, oldest first. */
	@Transactional(readOnly = true)
	public List<DexaScan> scans(long patientId) {
		return scans.findWithSitesByPatientId(patientId).stream().map(DexaScanEntity::toScan).toList();
	}

	@Transactional(readOnly = true)
	public DexaScan scan(long patientId, long scanId) {
		return entity(patientId, scanId).toScan();
	}

	/** Checks the scan against the patient's today, without storing it (e.g. for a preview). */
	@Transactional(readOnly = true)
	public ValidScan validate(long patientId, ScanCommand command) {
		return ScanValidator.validate(command, patients.today(patientId));
	}

	@Transactional
	public DexaScan record(long patientId, long clinicianId, ScanCommand command) {
		return store(patientId, clinicianId, validate(patientId, command));
	}

	/**
	 * Replaces the scan's values. With an expected version, a scan changed meanwhile is refused
	 * (optimistic locking) instead of overwritten.
	 */
	@Transactional
	public DexaScan update(long patientId, long scanId, @Nullable Long expectedVersion, ScanCommand command) {
		DexaScanEntity entity = entity(patientId, scanId);
		checkVersion(entity, expectedVersion);
		ValidScan scan = validate(patientId, command);
		entity.apply(scan, clock.instant());
		scans.flush();
		refreshSummary(patientId);
		events.publishEvent(new DexaScanChanged(patientId, scanId, scan.date()));
		return entity.toScan();
	}

	@Transactional
	public void delete(long patientId, long scanId, @Nullable Long expectedVersion) {
		DexaScanEntity entity = entity(patientId, scanId);
		checkVersion(entity, expectedVersion);
		scans.delete(entity);
		scans.flush();
		refreshSummary(patientId);
		events.publishEvent(new DexaScanDeleted(patientId, scanId, entity.getScanDate()));
	}

	/**
	 * Stores every scan that the patient does not have yet, all or none. A scan equal in every
	 * value to a stored one (or to an earlier one of the same batch) is skipped, so importing the
	 * same data twice adds nothing.
	 */
	@Transactional
	public ImportOutcome importScans(long patientId, long clinicianId, List<ValidScan> batch) {
		List<ValidScan> fresh = notYetStored(patientId, batch);
		List<DexaScanEntity> created = fresh.stream().map(scan -> save(patientId, clinicianId, scan)).toList();
		// one summary for the whole import, before any of its events
		if (!created.isEmpty()) {
			refreshSummary(patientId);
		}
		created.forEach(entity -> publishRecorded(patientId, entity));
		return new ImportOutcome(created.stream().map(DexaScanEntity::toScan).toList(), batch.size() - fresh.size());
	}

	/** The scans of the batch that the patient does not have yet (nor earlier in the batch). */
	@Transactional(readOnly = true)
	public List<ValidScan> notYetStored(long patientId, List<ValidScan> batch) {
		Set<ScanContent> present = new HashSet<>();
		scans(patientId).forEach(scan -> present.add(ScanContent.of(scan)));
		return batch.stream().filter(scan -> present.add(ScanContent.of(scan))).toList();
	}

	private DexaScan store(long patientId, long clinicianId, ValidScan scan) {
		DexaScanEntity entity = save(patientId, clinicianId, scan);
		refreshSummary(patientId);
		publishRecorded(patientId, entity);
		return entity.toScan();
	}

	private DexaScanEntity save(long patientId, long clinicianId, ValidScan scan) {
		return scans.saveAndFlush(new DexaScanEntity(patientId, scan, clinicianId, clock.instant()));
	}

	private void publishRecorded(long patientId, DexaScanEntity entity) {
		events.publishEvent(new DexaScanRecorded(patientId, entity.getId(), entity.getScanDate()));
	}

	/**
	 * After the change is flushed, so that the summary's query sees it, and before its event, so
	 * that a listener in this transaction reads the new summary.
	 */
	private void refreshSummary(long patientId) {
		summaries.refresh(patientId, results.lscDefaults());
	}

	private DexaScanEntity entity(long patientId, long scanId) {
		return scans.findByIdAndPatientId(scanId, patientId)
			.orElseThrow(() -> RecordNotFoundException.of("DEXA scan", scanId));
	}

	private static void checkVersion(DexaScanEntity entity, @Nullable Long expectedVersion) {
		if (expectedVersion != null && expectedVersion != entity.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(DexaScanEntity.class, entity.getId());
		}
	}

	/** What an import created and how many of its scans were already there. */
	public record ImportOutcome(List<DexaScan> created, int skipped) {
	}

	/** A scan's values without id and version: what makes two scans the same scan. */
	private record ScanContent(LocalDate date, String facility, Manufacturer manufacturer,
			@Nullable String model, Set<SiteResult> sites) {

		static ScanContent of(DexaScan scan) {
			return new ScanContent(scan.date(), scan.facility(), scan.manufacturer(), scan.model(),
					Set.copyOf(scan.sites()));
		}

		static ScanContent of(ValidScan scan) {
			return new ScanContent(scan.date(), scan.facility(), scan.manufacturer(), scan.model(),
					Set.copyOf(scan.sites()));
		}

	}

}
