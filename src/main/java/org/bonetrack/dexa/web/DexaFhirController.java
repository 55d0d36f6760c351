package org.bonetrack.dexa.web;

import java.time.LocalDate;
import java.util.List;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.dexa.DexaFhir;
import org.bonetrack.dexa.DexaResults;
import org.bonetrack.dexa.DexaScan;
import org.bonetrack.dexa.DexaScanView;
import org.bonetrack.dexa.Manufacturer;
import org.bonetrack.dexa.SiteResult;
import org.bonetrack.dexa.internal.DexaFhirService;
import org.bonetrack.dexa.internal.DexaScanService;
import org.bonetrack.dexa.internal.ScanCommand.SiteCommand;
import org.bonetrack.dexa.internal.ValidScan;
import org.bonetrack.patients.Patients;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * DEXA scans as FHIR R4: patients export their own; care-team clinicians export (audited) and
 * import a Bundle, all of it or, on any problem, none. {@code ?preview=true} checks a Bundle and
 * shows what would be added without storing anything.
 */
@RestController
@RequestMapping("/api/v1")
class DexaFhirController {

	private static final MediaType FHIR_JSON = MediaType.parseMediaType(DexaFhir.MEDIA_TYPE);

	private final DexaFhirService fhir;

	private final DexaScanService scans;

	private final DexaResults results;

	private final Patients patients;

	DexaFhirController(DexaFhirService fhir, DexaScanService scans, DexaResults results, Patients patients) {
		this.fhir = fhir;
		this.scans = scans;
		this.results = results;
		this.patients = patients;
	}

	@GetMapping(path = "/me/dexa/fhir", produces = { DexaFhir.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<String> myBundle(@AuthenticationPrincipal AuthenticatedUser patient) {
		return bundle(fhir.export(patient.id()));
	}

	@GetMapping(path = "/patients/{patientId}/dexa/fhir",
			produces = { DexaFhir.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<String> patientBundle(@AuthenticationPrincipal AuthenticatedUser clinician,
			@PathVariable long patientId) {
		patients.careTeamPatient(clinician.id(), patientId);
		String json = fhir.export(patientId);
		patients.recordView(clinician.id(), patientId, "DEXA scans (FHIR export)");
		return bundle(json);
	}

	@PostMapping(path = "/patients/{patientId}/dexa/fhir",
			consumes = { DexaFhir.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<ImportResponse> importBundle(@AuthenticationPrincipal AuthenticatedUser clinician,
			@PathVariable long patientId, @RequestBody String bundle,
			@RequestParam(defaultValue = "false") boolean preview) {
		patients.careTeamPatient(clinician.id(), patientId);
		if (preview) {
			List<ValidScan> valid = fhir.check(patientId, bundle);
			List<ValidScan> fresh = scans.notYetStored(patientId, valid);
			return ResponseEntity.ok(new ImportResponse(true, fresh.size(), valid.size() - fresh.size(),
					fresh.stream().map(ImportedScan::of).toList()));
		}
		DexaScanService.ImportOutcome outcome = fhir.importBundle(patientId, clinician.id(), bundle);
		List<Long> createdIds = outcome.created().stream().map(DexaScan::id).toList();
		List<ImportedScan> created = results.scans(patientId)
			.stream()
			.filter(scan -> createdIds.contains(scan.id()))
			.map(ImportedScan::of)
			.toList();
		return ResponseEntity.status(created.isEmpty() ? HttpStatus.OK : HttpStatus.CREATED)
			.body(new ImportResponse(false, created.size(), outcome.skipped(), created));
	}

	private static ResponseEntity<String> bundle(String json) {
		return ResponseEntity.ok()
			.contentType(FHIR_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"dexa-fhir.json\"")
			.body(json);
	}

	/**
	 * What an import added (or, for a preview, would add), and how many of the Bundle's scans
	 * the patient already had.
	 */
	record ImportResponse(boolean preview, int created, int alreadyPresent, List<ImportedScan> scans) {
	}

	/** A scan as imported: its id once stored, then the values read from the Bundle. */
	record ImportedScan(@Nullable Long id, LocalDate date, String facility, Manufacturer manufacturer,
			@Nullable String model, List<SiteCommand> sites) {

		static ImportedScan of(ValidScan scan) {
			return new ImportedScan(null, scan.date(), scan.facility(), scan.manufacturer(), scan.model(),
					scan.sites().stream().map(ImportedScan::site).toList());
		}

		static ImportedScan of(DexaScanView scan) {
			return new ImportedScan(scan.id(), scan.date(), scan.facility(), scan.manufacturer(), scan.model(),
					scan.sites()
						.stream()
						.map(site -> site(new SiteResult(site.site(), site.side(), site.vertebrae(), site.bmd(),
								site.tScoreComputed() ? null : site.tScore(), site.zScore(), site.lscGcm2())))
						.toList());
		}

		private static SiteCommand site(SiteResult site) {
			return new SiteCommand(site.site(), site.side(),
					site.vertebrae() == null ? null : site.vertebrae().toString(), site.bmd(), site.tScore(),
					site.zScore(), site.lscGcm2());
		}

	}

}
