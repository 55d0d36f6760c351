package org.bonetrack.dashboard;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.dashboard.internal.PatientDataErasure;
import org.bonetrack.dashboard.internal.PatientDataExporter;
import org.bonetrack.dexa.DexaFhir;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.web.Forms;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A patient takes all her data with her, or has all of it removed. */
@Controller
class PatientExportController {

	private static final String VIEW = "dashboard/export";

	private final PatientDataExporter exporter;

	private final PatientDataErasure erasure;

	private final Patients patients;

	private final DexaFhir dexaFhir;

	PatientExportController(PatientDataExporter exporter, PatientDataErasure erasure, Patients patients,
			DexaFhir dexaFhir) {
		this.dexaFhir = dexaFhir;
		this.exporter = exporter;
		this.erasure = erasure;
		this.patients = patients;
	}

	@GetMapping("/me/export")
	String page(Model model) {
		model.addAttribute("deleteForm", new DeleteForm("", null));
		return VIEW;
	}

	@GetMapping("/me/export/download")
	void download(@AuthenticationPrincipal AuthenticatedUser user, HttpServletResponse response) throws IOException {
		LocalDate today = patients.today(user.id());
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"bonetrack-export-" + today + ".zip\"");
		exporter.writeZip(user.id(), Map.of("dexa-fhir-r4.json", dexaFhir.bundleJson(user.id())),
				response.getOutputStream());
	}

	@PostMapping("/me/export/delete")
	String delete(@ModelAttribute("deleteForm") DeleteForm form, BindingResult result,
			@AuthenticationPrincipal AuthenticatedUser user, HttpServletRequest request, RedirectAttributes redirect) {
		if (!Boolean.TRUE.equals(form.confirm())) {
			result.rejectValue("confirm", "erasure.confirm.required");
			return VIEW;
		}
		try {
			erasure.erase(user.id(), form.password());
		}
		catch (InvalidInputException ex) {
			Forms.reject(result, ex);
			return VIEW;
		}
		// The account is closed: end this session too.
		SecurityContextHolder.clearContext();
		request.getSession().invalidate();
		return "redirect:/login?deleted";
	}

	record DeleteForm(@Nullable String password, @Nullable Boolean confirm) {
	}

}
