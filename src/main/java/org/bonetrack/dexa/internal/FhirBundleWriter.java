package org.bonetrack.dexa.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;


import org.bonetrack.dexa.DexaScanView;
import org.bonetrack.dexa.DexaSite;
import org.bonetrack.dexa.DexaSiteView;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;

/**
 * Writes a patient's scans as a FHIR R4 collection Bundle (clinical-reference.md §6.3): per scan a
 * DiagnosticReport (LOINC 38269-7) whose results are one Observation per site and measure, all
 * pointing at a Device with the scanner's manufacturer and model. Entry ids are derived from the
 * scan ids, so exporting twice gives the same references.
 */
final class FhirBundleWriter {

	static final String UCUM = "http://unitsofmeasure.org";

	static final String SNOMED = "http://snomed.info/sct";

	/** BoneTrack's own codes: a computed T-score and the facility's least significant change. */
	static final String BONETRACK_SYSTEM = "urn:bonetrack:dexa";

	static final String COMPUTED_T_SCORE = "t-score-computed-nhanes3";

	static final String FACILITY_LSC = "facility-lsc";

	static final String SCAN_IDENTIFIER_SYSTEM = "urn:bonetrack:dexa-scan";

	static final String PATIENT_IDENTIFIER_SYSTEM = "urn:bonetrack:patient";

	private static final String NECK_OF_FEMUR = "29627003";

	private FhirBundleWriter() {
	}

	static Bundle write(long patientId, String patientName, List<DexaScanView> scans, Instant now) {
		Bundle bundle = new Bundle();
		bundle.setType(Bundle.BundleType.COLLECTION);
		bundle.setTimestamp(Date.from(now));
		Reference subject = new Reference().setDisplay(patientName)
			.setIdentifier(new Identifier().setSystem(PATIENT_IDENTIFIER_SYSTEM).setValue(String.valueOf(patientId)));
		for (DexaScanView scan : scans) {
			writeScan(bundle, subject, scan);
		}
		return bundle;
	}

	private static void writeScan(Bundle bundle, Reference subject, DexaScanView scan) {
		String deviceUrl = url("device", scan.id(), "");
		Device device = new Device();
		device.setManufacturer(scan.manufacturer().label());
		if (scan.model() != null) {
			device.addDeviceName().setName(scan.model()).setType(Device.DeviceNameType.MODELNAME);
		}
		device.setType(new CodeableConcept().setText("DXA bone densitometer"));

		DiagnosticReport report = new DiagnosticReport();
		report.addIdentifier().setSystem(SCAN_IDENTIFIER_SYSTEM).setValue(String.valueOf(scan.id()));
		report.setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL);
		report.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD",
				"Radiology")));
		report.setCode(loinc(LoincCodes.DXA_REPORT, "Study report Skeletal system DXA"));
		report.setSubject(subject.copy());
		report.setEffective(date(scan));
		report.addPerformer().setDisplay(scan.facility());
		if (scan.whoCategory() != null) {
			report.setConclusion("WHO category: " + scan.whoCategory().label() + " (lowest T-score "
					+ scan.lowestTScore().toPlainString() + ", " + scan.lowestTScoreSite().label() + ")");
		}

		add(bundle, url("report", scan.id(), ""), report);
		for (DexaSiteView site : scan.sites()) {
			String siteKey = site.key().site().name() + (site.side() == null ? "" : "-" + site.side().name());
			String bmdUrl = url("observation", scan.id(), siteKey + "-BMD");
			Observation bmd = observation(subject, scan, site, DexaMeasure.BMD, site.bmd(), deviceUrl, null);
			if (site.lscGcm2() != null) {
				bmd.addComponent()
					.setCode(new CodeableConcept(new Coding(BONETRACK_SYSTEM, FACILITY_LSC,
							"Least significant change of the facility")))
					.setValue(quantity(DexaMeasure.BMD, site.lscGcm2()));
			}
			report.addResult(new Reference(bmdUrl));
			add(bundle, bmdUrl, bmd);
			if (site.tScore() != null) {
				Observation tScore = observation(subject, scan, site, DexaMeasure.T_SCORE, site.tScore(), deviceUrl,
						bmdUrl);
				if (site.tScoreComputed()) {
					tScore.setMethod(new CodeableConcept(new Coding(BONETRACK_SYSTEM, COMPUTED_T_SCORE,
							"Computed from the BMD with the NHANES III young-adult reference"))
						.setText("Computed by BoneTrack: (BMD - NHANES III mean) / SD, women aged 20-29"));
				}
				String url = url("observation", scan.id(), siteKey + "-T");
				report.addResult(new Reference(url));
				add(bundle, url, tScore);
			}
			if (site.zScore() != null) {
				String url = url("observation", scan.id(), siteKey + "-Z");
				report.addResult(new Reference(url));
				add(bundle, url, observation(subject, scan, site, DexaMeasure.Z_SCORE, site.zScore(), deviceUrl, bmdUrl));
			}
		}
		add(bundle, deviceUrl, device);
	}

	private static Observation observation(Reference subject, DexaScanView scan, DexaSiteView site,
			DexaMeasure measure, BigDecimal value, String deviceUrl, @Nullable String derivedFrom) {
		LoincCodes.Code code = LoincCodes.of(site.key(), measure);
		Observation observation = new Observation();
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.addCategory(new CodeableConcept(new Coding(
				"http://terminology.hl7.org/CodeSystem/observation-category", "imaging", "Imaging")));
		observation.setCode(loinc(code.code(), code.display()));
		observation.setSubject(subject.copy());
		observation.setEffective(date(scan));
		observation.setValue(quantity(measure, value));
		observation.setBodySite(bodySite(site));
		observation.setDevice(new Reference(deviceUrl));
		if (derivedFrom != null) {
			observation.addDerivedFrom(new Reference(derivedFrom));
		}
		return observation;
	}

	/**
	 * The site in words, with the vertebrae for the spine; the femoral neck also as SNOMED CT "neck
	 * of femur", since its LOINC code only says "femur".
	 */
	private static CodeableConcept bodySite(DexaSiteView site) {
		CodeableConcept bodySite = new CodeableConcept().setText(site.site() == DexaSite.LUMBAR_SPINE
				? "Lumbar spine " + site.vertebrae() : site.key().label());
		if (site.site() == DexaSite.FEMORAL_NECK) {
			bodySite.addCoding(new Coding(SNOMED, NECK_OF_FEMUR, "Neck of femur"));
		}
		return bodySite;
	}

	static Quantity quantity(DexaMeasure measure, BigDecimal value) {
		return new Quantity().setValue(value).setUnit(measure.display()).setSystem(UCUM).setCode(measure.ucum());
	}

	private static CodeableConcept loinc(String code, String display) {
		return new CodeableConcept(new Coding(LoincCodes.SYSTEM, code, display));
	}

	private static DateTimeType date(DexaScanView scan) {
		return new DateTimeType(scan.date().toString());
	}

	private static void add(Bundle bundle, String fullUrl, Resource resource) {
		bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
	}

	/** A stable urn:uuid per scan and part, so repeated exports reference the same entries. */
	private static String url(String kind, long scanId, String part) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(("bonetrack-dexa:" + kind + ":" + scanId + ":" + part)
			.getBytes(StandardCharsets.UTF_8));
	}

}
