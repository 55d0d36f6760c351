package org.bonetrack.dashboard;

import java.time.Clock;
import java.time.LocalDate;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.dashboard.internal.VisitReport;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The visit report of one patient, as a PDF for the clinic record. Audited like every read. */
@Controller
class ClinicianReportController {

	private final Patients patients;

	private final VisitReport report;

	private final Clock clock;

	ClinicianReportController(Patients patients, VisitReport report, Clock clock) {
		this.patients = patients;
		this.report = report;
		this.clock = clock;
	}

	@GetMapping("/clinician/patients/{id}/report")
	ResponseEntity<byte[]> report(@PathVariable long id, @AuthenticationPrincipal AuthenticatedUser clinician) {
		PatientProfile patient = patients.careTeamPatient(clinician.id(), id);
		patients.recordView(clinician.id(), id, "visit report");
		byte[] pdf = report.pdf(patient, clock.instant());
		LocalDate today = patients.today(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("bonetrack-visit-report-" + id + "-" + today + ".pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

}
