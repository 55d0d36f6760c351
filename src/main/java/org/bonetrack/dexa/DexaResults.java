package org.bonetrack.dexa;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.bonetrack.dexa.internal.DexaScanQueries;
import org.bonetrack.dexa.internal.LatestDexaSummaries;
import org.bonetrack.patients.Patients;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * What other modules may ask about a patient's DEXA results: every scan with its analysis, and
 * the latest scan in brief, for one patient or many at once. Callers check access (care team) and
 * record clinician reads themselves, as for every facade.
 *
 * <p>
 * The least significant change defaults come from the {@link LscDefaultsSource} bean when there
 * is one (e.g. the published rule set), else {@link LscDefaults#ISCD_MINIMUM}; each method also
 * takes explicit defaults.
 */
@Service
public class DexaResults {

	private final DexaScanQueries queries;

	private final Patients patients;

	private final LatestDexaSummaries stored;

	private final Supplier<LscDefaultsSource> lscDefaults;

	DexaResults(DexaScanQueries queries, Patients patients, LatestDexaSummaries stored,
			ObjectProvider<LscDefaultsSource> lscDefaults) {
		this.queries = queries;
		this.patients = patients;
		this.stored = stored;
		// looked up once: resolving the bean on every call cost 2 % of the patient home (bench/README.md)
		this.lscDefaults = SingletonSupplier
			.of(() -> lscDefaults.getIfAvailable(() -> () -> LscDefaults.ISCD_MINIMUM));
	}

	/** The LSC defaults in force. */
	public LscDefaults lscDefaults() {
		return lscDefaults.get().current();
	}

	/** Every scan of the patient with sites, T/Z-scores and analysis, oldest first. */
	public List<DexaScanView> scans(long patientId) {
		return scans(patientId, lscDefaults());
	}

	@Transactional(readOnly = true)
	public List<DexaScanView> scans(long patientId, LscDefaults defaults) {
		LocalDate start = patients.anastrozoleStarts(List.of(patientId)).get(patientId);
		return new DexaAnalysis(defaults).analyse(queries.scans(patientId), start);
	}

	/** The patient's latest scan in brief; empty when she has none. */
	public Optional<DexaSummary> latest(long patientId) {
		return latest(patientId, lscDefaults());
	}

	@Transactional(readOnly = true)
	public Optional<DexaSummary> latest(long patientId, LscDefaults defaults) {
		return Optional.ofNullable(latest(List.of(patientId), defaults).get(patientId));
	}

	/**
	 * The latest scan in brief of each of these patients that has one. At most two queries whatever
	 * the number of patients (every scan with its sites, then the anastrozole starts of those with
	 * scans), so a list of hundreds of patients costs no more round trips than one.
	 */
	public Map<Long, DexaSummary> latest(Collection<Long> patientIds) {
		return latest(patientIds, lscDefaults());
	}

	@Transactional(readOnly = true)
	public Map<Long, DexaSummary> latest(Collection<Long> patientIds, LscDefaults defaults) {
		if (patientIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<DexaScan>> byPatient = queries.scansOf(patientIds);
		// the start matters only for patients with scans (none: no query)
		return summaries(patientIds, byPatient, patients.anastrozoleStarts(byPatient.keySet()), defaults);
	}

	/**
	 * The same for a caller that already has the patients' anastrozole starts (patients without a
	 * known start are absent from {@code anastrozoleStarts}). Serves each patient's stored summary
	 * (see {@link LatestDexaSummaries}) when it was computed with her start and these defaults; only
	 * the others' scans are read and analysed. One query when every row is current, two otherwise.
	 */
	public Map<Long, DexaSummary> latest(Collection<Long> patientIds, Map<Long, LocalDate> anastrozoleStarts) {
		return latest(patientIds, anastrozoleStarts, lscDefaults());
	}

	@Transactional(readOnly = true)
	public Map<Long, DexaSummary> latest(Collection<Long> patientIds, Map<Long, LocalDate> anastrozoleStarts,
			LscDefaults defaults) {
		if (patientIds.isEmpty()) {
			return Map.of();
		}
		return servedOrAnalysed(patientIds, stored.read(patientIds, anastrozoleStarts, defaults), anastrozoleStarts,
				defaults, summary -> summary);
	}

	/**
	 * The latest scans of many patients in brief (what a care-team list ranks by), from the stored
	 * rows' columns; patients whose row is missing or stale are analysed from their scans as in
	 * {@link #latest(Collection, Map)}. Patients without scans are absent.
	 */
	@Transactional(readOnly = true)
	public Map<Long, DexaBrief> latestBriefs(Collection<Long> patientIds, Map<Long, LocalDate> anastrozoleStarts) {
		if (patientIds.isEmpty()) {
			return Map.of();
		}
		LscDefaults defaults = lscDefaults();
		return servedOrAnalysed(patientIds, stored.readBriefs(patientIds, anastrozoleStarts, defaults), anastrozoleStarts,
				defaults, DexaBrief::of);
	}

	/** Each patient's stored figures where they may be served, the analysis of her scans where not. */
	private <T> Map<Long, T> servedOrAnalysed(Collection<Long> patientIds, LatestDexaSummaries.Stored<T> rows,
			Map<Long, LocalDate> anastrozoleStarts, LscDefaults defaults, Function<DexaSummary, T> fromSummary) {
		Map<Long, DexaSummary> analysed = summaries(rows.toAnalyse(), queries.scansOf(rows.toAnalyse()),
				anastrozoleStarts, defaults);
		Map<Long, T> found = new LinkedHashMap<>();
		for (Long patientId : patientIds) {
			T served = rows.current().get(patientId);
			DexaSummary summary = analysed.get(patientId);
			if (served != null) {
				found.put(patientId, served);
			}
			else if (summary != null) {
				found.put(patientId, fromSummary.apply(summary));
			}
		}
		return found;
	}

	private static Map<Long, DexaSummary> summaries(Collection<Long> patientIds, Map<Long, List<DexaScan>> byPatient,
			Map<Long, LocalDate> starts, LscDefaults defaults) {
		DexaAnalysis analysis = new DexaAnalysis(defaults);
		Map<Long, DexaSummary> summaries = new LinkedHashMap<>();
		for (Long patientId : patientIds) {
			List<DexaScan> scans = byPatient.get(patientId);
			if (scans != null) {
				summaries.put(patientId, analysis.latest(scans, starts.get(patientId)));
			}
		}
		return summaries;
	}

}
