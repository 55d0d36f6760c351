package org.bonetrack.dexa.web;

import java.net.URI;
import java.util.List;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.dexa.DexaResults;
import org.bonetrack.dexa.DexaScan;
import org.bonetrack.dexa.DexaScanView;
import org.bonetrack.dexa.internal.DexaScanService;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.RecordNotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * DEXA scans as JSON: patients read their own; clinicians of the care team read (audited) and
 * write their patients'.
 */
@RestController
@RequestMapping("/api/v1")
class DexaApiController {

	private final DexaResults results;

	private final DexaScanService scans;

	private final Patients patients;

	DexaApiController(DexaResults results, DexaScanService scans, Patients patients) {
		this.results = results;
		this.scans = scans;
		this.patients = patients;
	}

	@GetMapping("/me/dexa-scans")
	List<ScanResponse> myScans(@AuthenticationPrincipal AuthenticatedUser patient) {
		return results.scans(patient.id()).stream().map(ScanResponse::of).toList();
	}

	@GetMapping("/me/dexa-scans/{scanId}")
	ScanResponse myScan(@AuthenticationPrincipal AuthenticatedUser patient, @PathVariable long scanId) {
		return ScanResponse.of(analysed(patient.id(), scanId));
	}

	@GetMapping("/patients/{patientId}/dexa-scans")
	List<ScanResponse> patientScans(@AuthenticationPrincipal AuthenticatedUser clinician,
			@PathVariable long patientId) {
		patients.careTeamPatient(clinician.id(), patientId);
		List<ScanResponse> response = results.scans(patientId).stream().map(ScanResponse::of).toList();
		patients.recordView(clinician.id(), patientId, "DEXA scans (API)");
		return response;
	}

	@GetMapping("/patients/{patientId}/dexa-scans/{scanId}")
	ScanResponse patientScan(@AuthenticationPrincipal AuthenticatedUser clinician, @PathVariable long patientId,
			@PathVariable long scanId) {
		patients.careTeamPatient(clinician.id(), patientId);
		ScanResponse response = ScanResponse.of(analysed(patientId, scanId));
		patients.recordView(clinician.id(), patientId, "DEXA scan " + scanId + " (API)");
		return response;
	}

	@PostMapping("/patients/{patientId}/dexa-scans")
	ResponseEntity<ScanResponse> record(@AuthenticationPrincipal AuthenticatedUser clinician,
			@PathVariable long patientId, @RequestBody ScanRequest request) {
		patients.careTeamPatient(clinician.id(), patientId);
		DexaScan scan = scans.record(patientId, clinician.id(), request.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/patients/" + patientId + "/dexa-scans/" + scan.id()))
			.body(ScanResponse.of(analysed(patientId, scan.id())));
	}

	@PutMapping("/patients/{patientId}/dexa-scans/{scanId}")
	ScanResponse update(@AuthenticationPrincipal AuthenticatedUser clinician, @PathVariable long patientId,
			@PathVariable long scanId, @RequestBody ScanRequest request) {
		patients.careTeamPatient(clinician.id(), patientId);
		scans.update(patientId, scanId, request.version(), request.toCommand());
		return ScanResponse.of(analysed(patientId, scanId));
	}

	@DeleteMapping("/patients/{patientId}/dexa-scans/{scanId}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal AuthenticatedUser clinician, @PathVariable long patientId,
			@PathVariable long scanId) {
		patients.careTeamPatient(clinician.id(), patientId);
		scans.delete(patientId, scanId, null);
		return ResponseEntity.noContent().build();
	}

	private DexaScanView analysed(long patientId, long scanId) {
		return results.scans(patientId)
			.stream()
			.filter(scan -> scan.id() == scanId)
			.findFirst()
			.orElseThrow(() -> RecordNotFoundException.of("DEXA scan", scanId));
	}

}
