package org.bonetrack.dexa.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.bonetrack.dexa.DexaResults;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.InvalidInputException.FieldProblem;
import org.hl7.fhir.r4.model.Bundle;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A patient's scans as a FHIR R4 Bundle, and scans from such a Bundle. */
@Service
public class DexaFhirService {

	/** Far above any patient's DEXA history (a scan with six sites is about 15 KB). */
	static final int MAX_BUNDLE_CHARS = 2 * 1024 * 1024;

	private final FhirContext fhir;

	private final DexaResults results;

	private final DexaScanService scans;

	private final Patients patients;

	private final Clock clock;

	DexaFhirService(FhirContext fhir, DexaResults results, DexaScanService scans, Patients patients, Clock clock) {
		this.fhir = fhir;
		this.results = results;
		this.scans = scans;
		this.patients = patients;
		this.clock = clock;
	}

	/** Every scan of the patient as Bundle JSON. */
	@Transactional(readOnly = true)
	public String export(long patientId) {
		Bundle bundle = FhirBundleWriter.write(patientId, patients.profile(patientId).displayName(),
				results.scans(patientId), clock.instant());
		return fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
	}

	/**
	 * Reads and checks every scan of the Bundle, without storing anything; throws every problem
	 * found, each naming the Bundle entry it is about.
	 */
	@Transactional(readOnly = true)
	public List<ValidScan> check(long patientId, String json) {
		if (json.length() > MAX_BUNDLE_CHARS) {
			throw InvalidInputException.of("bundle", "dexa.fhir.tooLarge", MAX_BUNDLE_CHARS / 1024);
		}
		List<FhirBundleReader.MappedScan> mapped = FhirBundleReader.read(FhirBundleReader.parse(fhir, json));
		List<ValidScan> valid = new ArrayList<>();
		List<FieldProblem> problems = new ArrayList<>();
		for (FhirBundleReader.MappedScan scan : mapped) {
			try {
				valid.add(scans.validate(patientId, scan.command()));
			}
			catch (InvalidInputException ex) {
				problems.addAll(scan.toBundle(ex).problems());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return valid;
	}

	/** Stores the Bundle's scans that the patient does not have yet: all of them or, on any problem, none. */
	@Transactional
	public DexaScanService.ImportOutcome importBundle(long patientId, long clinicianId, String json) {
		return scans.importScans(patientId, clinicianId, check(patientId, json));
	}

}
