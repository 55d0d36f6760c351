package org.bonetrack.dexa.web;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.dexa.DexaResults;
import org.bonetrack.dexa.DexaScan;
import org.bonetrack.dexa.Manufacturer;
import org.bonetrack.dexa.Side;
import org.bonetrack.dexa.internal.DexaScanService;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.web.Forms;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A care-team clinician's DEXA pages for a patient: the history with its analysis (every read
 * audited), and recording, correcting and removing scans.
 */
@Controller
@RequestMapping("/clinician/patients/{patientId}/dexa")
class ClinicianDexaController {

	private static final String FORM = "dexa/scan-form";

	private final Patients patients;

	private final DexaResults results;

	private final DexaScanService scans;

	ClinicianDexaController(Patients patients, DexaResults results, DexaScanService scans) {
		this.patients = patients;
		this.results = results;
		this.scans = scans;
	}

	@GetMapping
	String history(@AuthenticationPrincipal AuthenticatedUser clinician, @PathVariable long patientId, Model model) {
		PatientProfile patient = patients.careTeamPatient(clinician.id(), patientId);
		model.addAttribute("patient", patient);
		model.addAttribute("history", ScanHistory.of(results.scans(patientId), results.lscDefaults()));
		model.addAttribute("lscDefaults", results.lscDefaults());
		model.addAttribute("basePath", "/clinician/patients/" + patientId + "/dexa");
		model.addAttribute("fhirPath", "/api/v1/patients/" + patientId + "/dexa/fhir");
		model.addAttribute("canEdit", true);
		patients.recordView(clinician.id(), patientId, "DEXA scans");
		return "dexa/history";
	}

	@GetMapping("/new")
	String newScan(@AuthenticationPrincipal AuthenticatedUser clinician, @PathVariable long patientId, Model model) {
		PatientProfile patient = patients.careTeamPatient(clinician.id(), patientId);
		model.addAttribute("form", ScanForm.empty());
		return form(patient, null, model);
	}

	@PostMapping("/new")
	String record(@AuthenticationPrincipal AuthenticatedUser clinician, @PathVariable long patientId,
			@ModelAttribute("form") ScanForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		PatientProfile patient = patients.careTeamPatient(clinician.id(), patientId);
		if (!result.hasErrors()) {
			ScanForm.Converted converted = form.toCommand();
			try {
				DexaScan scan = scans.record(patientId, clinician.id(), converted.command());
				redirect.addFlashAttribute("message", "The scan of " + scan.date() + " was recorded.");
				return "redirect:/clinician/patients/" + patientId + "/dexa#scan-" + scan.id();
			}
			catch (InvalidInputException ex) {
				Forms.reject(result, converted.toForm(ex));
			}
		}
		return form(patient, null, model);
	}

	@GetMapping("/{scanId}/edit")
	String edit(@AuthenticationPrincipal AuthenticatedUser clinician, @PathVariable long patientId,
			@PathVariable long scanId, Model model) {
		PatientProfile patient = patients.careTeamPatient(clinician.id(), patientId);
		model.addAttribute("form", ScanForm.of(scans.scan(patientId, scanId)));
		patients.recordView(clinician.id(), patientId, "DEXA scan " + scanId);
		return form(patient, scanId, model);
	}

	@PostMapping("/{scanId}/edit")
	String update(@AuthenticationPrincipal AuthenticatedUser clinician, @PathVariable long patientId,
			@PathVariable long scanId, @ModelAttribute("form") ScanForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PatientProfile patient = patients.careTeamPatient(clinician.id(), patientId);
		scans.scan(patientId, scanId);
		if (!result.hasErrors()) {
			ScanForm.Converted converted = form.toCommand();
			try {
				DexaScan scan = scans.update(patientId, scanId, form.version(), converted.command());
				redirect.addFlashAttribute("message", "The scan of " + scan.date() + " was corrected.");
				return "redirect:/clinician/patients/" + patientId + "/dexa#scan-" + scanId;
			}
			catch (InvalidInputException ex) {
				Forms.reject(result, converted.toForm(ex));
			}
		}
		return form(patient, scanId, model);
	}

	@PostMapping("/{scanId}/delete")
	String delete(@AuthenticationPrincipal AuthenticatedUser clinician, @PathVariable long patientId,
			@PathVariable long scanId, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		patients.careTeamPatient(clinician.id(), patientId);
		DexaScan scan = scans.scan(patientId, scanId);
		scans.delete(patientId, scanId, version);
		redirect.addFlashAttribute("message", "The scan of " + scan.date() + " was removed.");
		return "redirect:/clinician/patients/" + patientId + "/dexa";
	}

	private String form(PatientProfile patient, Long scanId, Model model) {
		model.addAttribute("patient", patient);
		model.addAttribute("scanId", scanId);
		model.addAttribute("rows", ScanForm.ROWS);
		model.addAttribute("manufacturers", Manufacturer.values());
		model.addAttribute("sides", Side.values());
		model.addAttribute("basePath", "/clinician/patients/" + patient.patientId() + "/dexa");
		model.addAttribute("action", "/clinician/patients/" + patient.patientId() + "/dexa/"
				+ (scanId == null ? "new" : scanId + "/edit"));
		return FORM;
	}

}
