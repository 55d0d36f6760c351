package org.bonetrack.dexa;

import org.bonetrack.dexa.internal.DexaFhirService;

import org.springframework.stereotype.Service;

/**
 * A patient's DEXA scans as a FHIR R4 Bundle (JSON), e.g. for the patient's data export. Callers
 * check access and record clinician reads, as for every facade.
 */
@Service
public class DexaFhir {

	/** The media type of FHIR JSON. */
	public static final String MEDIA_TYPE = "application/fhir+json";

	private final DexaFhirService fhir;

	DexaFhir(DexaFhirService fhir) {
		this.fhir = fhir;
	}

	/**
	 * A collection Bundle: per scan a DiagnosticReport (LOINC 38269-7), one Observation per site
	 * and measure (BMD g/cm2, T-score, Z-score) and the scanner as a Device.
	 */
	public String bundleJson(long patientId) {
		return fhir.export(patientId);
	}

}
