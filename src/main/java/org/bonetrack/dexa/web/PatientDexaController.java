package org.bonetrack.dexa.web;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.dexa.DexaResults;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The patient's own DEXA history, read-only: her care team records the scans. */
@Controller
class PatientDexaController {

	private final DexaResults results;

	PatientDexaController(DexaResults results) {
		this.results = results;
	}

	@GetMapping("/me/dexa")
	String history(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
		model.addAttribute("history", ScanHistory.of(results.scans(user.id()), results.lscDefaults()));
		model.addAttribute("lscDefaults", results.lscDefaults());
		model.addAttribute("basePath", "/me/dexa");
		model.addAttribute("fhirPath", "/api/v1/me/dexa/fhir");
		model.addAttribute("canEdit", false);
		return "dexa/history";
	}

}
