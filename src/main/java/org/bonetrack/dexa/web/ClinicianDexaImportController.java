package org.bonetrack.dexa.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.dexa.internal.DexaFhirService;
import org.bonetrack.dexa.internal.DexaScanService;
import org.bonetrack.dexa.internal.ValidScan;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Imports a FHIR R4 Bundle of DEXA results from a file, in two steps: the upload shows what
 * would be added (or every problem, naming the Bundle entry), and only the confirmation stores
 * it, all scans or none. Scans already stored are skipped, so confirming twice adds nothing.
 */
@Controller
@RequestMapping("/clinician/patients/{patientId}/dexa/import")
class ClinicianDexaImportController {

	private static final String VIEW = "dexa/import";

	private final Patients patients;

	private final DexaFhirService fhir;

	private final DexaScanService scans;

	private final MessageSource messages;

	ClinicianDexaImportController(Patients patients, DexaFhirService fhir, DexaScanService scans,
			MessageSource messages) {
		this.patients = patients;
		this.fhir = fhir;
		this.scans = scans;
		this.messages = messages;
	}

	@GetMapping
	String upload(@AuthenticationPrincipal AuthenticatedUser clinician, @PathVariable long patientId, Model model) {
		return page(patients.careTeamPatient(clinician.id(), patientId), model);
	}

	@PostMapping
	String preview(@AuthenticationPrincipal AuthenticatedUser clinician, @PathVariable long patientId,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model) throws IOException {
		PatientProfile patient = patients.careTeamPatient(clinician.id(), patientId);
		try {
			String bundle = text(file);
			List<ValidScan> valid = fhir.check(patientId, bundle);
			List<ValidScan> fresh = scans.notYetStored(patientId, valid);
			model.addAttribute("bundle", bundle);
			model.addAttribute("fileName", file.getOriginalFilename());
			model.addAttribute("fresh", fresh.stream().map(Preview::of).toList());
			model.addAttribute("alreadyPresent", valid.size() - fresh.size());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", problems(ex));
		}
		return page(patient, model);
	}

	@PostMapping("/confirm")
	String confirm(@AuthenticationPrincipal AuthenticatedUser clinician, @PathVariable long patientId,
			@RequestParam String bundle, Model model, RedirectAttributes redirect) {
		PatientProfile patient = patients.careTeamPatient(clinician.id(), patientId);
		try {
			DexaScanService.ImportOutcome outcome = fhir.importBundle(patientId, clinician.id(), bundle);
			redirect.addFlashAttribute("message", outcome.created().size() + " scan(s) imported"
					+ (outcome.skipped() > 0 ? "; " + outcome.skipped() + " were already recorded." : "."));
			return "redirect:/clinician/patients/" + patientId + "/dexa";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", problems(ex));
			return page(patient, model);
		}
	}

	private String page(PatientProfile patient, Model model) {
		model.addAttribute("patient", patient);
		model.addAttribute("basePath", "/clinician/patients/" + patient.patientId() + "/dexa");
		return VIEW;
	}

	/** The file as UTF-8 text; anything else is a problem on the file. */
	private static String text(@Nullable MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw InvalidInputException.of("file", "import.file.empty");
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file.getBytes()))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw InvalidInputException.of("file", "import.file.notUtf8");
		}
	}

	private List<Problem> problems(InvalidInputException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		return ex.problems()
			.stream()
			.map(problem -> new Problem(problem.field(),
					messages.getMessage(problem.code(), problem.args(), problem.code(), locale)))
			.toList();
	}

	/** A problem of the uploaded Bundle: where, and what is wrong. */
	record Problem(String where, String message) {
	}

	/** A scan the import would add. */
	record Preview(String date, String facility, String scanner, String sites) {

		static Preview of(ValidScan scan) {
			return new Preview(scan.date().toString(), scan.facility(),
					scan.model() == null ? scan.manufacturer().label() : scan.manufacturer().label() + " " + scan.model(),
					scan.sites()
						.stream()
						.map(site -> site.key().label() + " " + site.bmd().toPlainString())
						.collect(Collectors.joining("; ")));
		}

	}

}
