package org.bonetrack.guidance.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.guidance.RuleParameter;
import org.bonetrack.guidance.RuleSet;
import org.bonetrack.guidance.RuleSetEffects;
import org.bonetrack.guidance.RuleSetSummary;
import org.bonetrack.guidance.internal.RuleSetService;
import org.bonetrack.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rules page: the rule set in force, the draft of the next version (every parameter checked,
 * with its message beside it), a preview of its effect on stored scores, publishing, and the
 * progress of the recomputation that follows.
 */
@Controller
@RequestMapping("/admin/rules")
class AdminRulesController {

	private static final String VIEW = "guidance/admin-rules";

	private final RuleSetService ruleSets;

	private final ObjectProvider<RuleSetEffects> effects;

	AdminRulesController(RuleSetService ruleSets, ObjectProvider<RuleSetEffects> effects) {
		this.ruleSets = ruleSets;
		this.effects = effects;
	}

	@GetMapping
	String show(Model model) {
		ruleSets.draft().ifPresent(draft -> model.addAttribute("form", RulesForm.of(draft)));
		return render(model);
	}

	@PostMapping("/draft")
	String startDraft(@AuthenticationPrincipal AuthenticatedUser admin, RedirectAttributes redirect) {
		RuleSetSummary draft = ruleSets.startDraft(admin.id(), admin.displayName());
		redirect.addFlashAttribute("message", "Draft version " + draft.version() + " started from the current values.");
		return "redirect:/admin/rules#draft";
	}

	@PostMapping("/draft/save")
	String save(@ModelAttribute("form") RulesForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal AuthenticatedUser admin,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, String> values = form.values();
		long lockVersion = form.version() == null ? -1 : form.version();
		try {
			switch (action) {
				case "preview" -> {
					RuleSet candidate = ruleSets.validate(values);
					RuleSetEffects available = effects.getIfAvailable();
					model.addAttribute("preview", available == null ? null : available.preview(candidate));
					model.addAttribute("previewVersion", candidate.version());
					return render(model);
				}
				case "publish" -> {
					RuleSet published = ruleSets.publish(lockVersion, values, admin.id(), admin.displayName());
					redirect.addFlashAttribute("message", "Version " + published.version()
							+ " is now in force. Stored weekly scores are being recomputed with it.");
					return "redirect:/admin/rules";
				}
				default -> {
					ruleSets.saveDraft(lockVersion, values, admin.id(), admin.displayName());
					redirect.addFlashAttribute("message", "The draft was saved.");
					return "redirect:/admin/rules#draft";
				}
			}
		}
		catch (InvalidInputException ex) {
			ex.problems()
				.forEach(problem -> result.rejectValue("values[" + problem.field() + "]", problem.code(), problem.args(),
						null));
			return render(model);
		}
		catch (OptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Optional<RuleSetSummary> newer = ruleSets.draft();
			result.reject(newer.isPresent() ? "rule.draft.conflict" : "rule.draft.gone",
					newer.map(draft -> new Object[] { draft.updatedByName() }).orElse(new Object[0]), null);
			model.addAttribute("form", new RulesForm(values, newer.map(RuleSetSummary::lockVersion).orElse(null)));
			model.addAttribute("org.springframework.validation.BindingResult.form", result);
			newer.ifPresent(draft -> model.addAttribute("theirs", draft));
			return render(model);
		}
	}

	@PostMapping("/draft/discard")
	String discard(@RequestParam long version, RedirectAttributes redirect) {
		ruleSets.discardDraft(version);
		redirect.addFlashAttribute("message", "The draft was discarded.");
		return "redirect:/admin/rules";
	}

	private String render(Model model) {
		RuleSetSummary current = ruleSets.currentSummary();
		model.addAttribute("current", current);
		model.addAttribute("draft", ruleSets.draft().orElse(null));
		model.addAttribute("published", ruleSets.published());
		model.addAttribute("groups", groups());
		RuleSetEffects available = effects.getIfAvailable();
		model.addAttribute("rescoring", available == null ? null : available.latestRescoring().orElse(null));
		return VIEW;
	}

	private static Map<RuleParameter.Group, List<RuleParameter>> groups() {
		Map<RuleParameter.Group, List<RuleParameter>> groups = new LinkedHashMap<>();
		for (RuleParameter.Group group : RuleParameter.Group.values()) {
			groups.put(group, Arrays.stream(RuleParameter.values()).filter(p -> p.group() == group).toList());
		}
		return groups;
	}

	/** Every parameter's value as typed, keyed by parameter key, and the draft's lock version. */
	record RulesForm(Map<String, String> values, @Nullable Long version) {

		/** A post without any value still renders: every field then shows its problem. */
		RulesForm {
			values = values == null ? new LinkedHashMap<>() : values;
		}

		static RulesForm of(RuleSetSummary draft) {
			Map<String, String> values = new LinkedHashMap<>();
			draft.rules().values().forEach((parameter, value) -> values.put(parameter.key(), plain(value)));
			return new RulesForm(values, draft.lockVersion());
		}

		static String plain(BigDecimal value) {
			return value.stripTrailingZeros().toPlainString();
		}

	}

}
