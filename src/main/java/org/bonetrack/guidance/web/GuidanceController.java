package org.bonetrack.guidance.web;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.guidance.Guidance;
import org.bonetrack.shared.RecordNotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Published guidance for whoever is signed in, filtered to the articles written for their role. */
@Controller
class GuidanceController {

	private final Guidance guidance;

	GuidanceController(Guidance guidance) {
		this.guidance = guidance;
	}

	@GetMapping("/guidance")
	String list(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
		model.addAttribute("articles", guidance.publishedArticles(Readers.audienceOf(user)));
		return "guidance/list";
	}

	@GetMapping("/guidance/{slug}")
	String read(@PathVariable String slug, @AuthenticationPrincipal AuthenticatedUser user, Model model) {
		model.addAttribute("article", guidance.publishedArticle(slug, Readers.audienceOf(user))
			.orElseThrow(() -> RecordNotFoundException.of("Article", slug)));
		return "guidance/article";
	}

}
