package org.bonetrack.guidance.web;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.guidance.Audience;
import org.bonetrack.guidance.internal.ArticleContent;
import org.bonetrack.guidance.internal.ArticleService;
import org.bonetrack.guidance.internal.ArticleService.ArticleWithVersion;
import org.bonetrack.guidance.internal.MarkdownRenderer;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.web.Forms;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
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

import jakarta.servlet.http.HttpServletResponse;

/**
 * Admins write guidance: list, create, edit with a preview, publish, see the history and restore
 * an old version. A save based on an outdated page is refused (the other admin's work stays) and
 * the form comes back with the admin's own text, so nothing typed is lost either.
 */
@Controller
@RequestMapping("/admin/guidance")
class AdminArticlesController {

	private static final String EDIT = "guidance/admin-edit";

	private final ArticleService articles;

	private final MarkdownRenderer markdown;

	AdminArticlesController(ArticleService articles, MarkdownRenderer markdown) {
		this.articles = articles;
		this.markdown = markdown;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("articles", articles.list());
		return "guidance/admin-list";
	}

	@GetMapping("/new")
	String newArticle(Model model) {
		model.addAttribute("form", new ArticleForm("", "", Audience.PATIENT, "", null));
		return renderEdit(null, model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") ArticleForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal AuthenticatedUser admin,
			Model model, RedirectAttributes redirect) {
		if ("preview".equals(action) || result.hasErrors()) {
			return preview(form, null, model);
		}
		try {
			long id = articles.create(form.slug(), form.content(), admin.id(), admin.displayName());
			redirect.addFlashAttribute("message", "The article was saved as a draft. Publish it when it is ready.");
			return "redirect:/admin/guidance/" + id;
		}
		catch (InvalidInputException ex) {
			Forms.reject(result, ex);
			return renderEdit(null, model);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		ArticleWithVersion latest = articles.latest(id);
		model.addAttribute("form", ArticleForm.of(latest));
		return renderEdit(latest, model);
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @ModelAttribute("form") ArticleForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal AuthenticatedUser admin,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ArticleWithVersion latest = articles.latest(id);
		if ("preview".equals(action) || result.hasErrors()) {
			return preview(form, latest, model);
		}
		try {
			boolean publish = "publish".equals(action);
			articles.save(id, form.version() == null ? -1 : form.version(), form.content(), publish, admin.id(),
					admin.displayName());
			redirect.addFlashAttribute("message",
					publish ? "The article was saved and published." : "The article was saved as a draft.");
			return "redirect:/admin/guidance/" + id;
		}
		catch (InvalidInputException ex) {
			Forms.reject(result, ex);
			return renderEdit(latest, model);
		}
		catch (OptimisticLockingFailureException ex) {
			return conflict(latest, form, result, model, response);
		}
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		articles.publish(id, version);
		redirect.addFlashAttribute("message", "The latest version is now published.");
		return "redirect:/admin/guidance/" + id;
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		model.addAttribute("article", articles.latest(id).article());
		model.addAttribute("versions", articles.history(id));
		return "guidance/admin-history";
	}

	@GetMapping("/{id}/versions/{number}")
	String version(@PathVariable long id, @PathVariable int number, Model model) {
		ArticleWithVersion version = articles.versionOf(id, number);
		model.addAttribute("article", version.article());
		model.addAttribute("version", version.version());
		model.addAttribute("html", markdown.toSafeHtml(version.version().getBodyMarkdown()));
		return "guidance/admin-version";
	}

	@PostMapping("/{id}/versions/{number}/restore")
	String restore(@PathVariable long id, @PathVariable int number, @RequestParam long version,
			@AuthenticationPrincipal AuthenticatedUser admin, RedirectAttributes redirect) {
		int restored = articles.restore(id, number, version, admin.id(), admin.displayName());
		redirect.addFlashAttribute("message", "Version " + number + " was restored as version " + restored
				+ ". Readers see it once you publish it.");
		return "redirect:/admin/guidance/" + id;
	}

	private String preview(ArticleForm form, @Nullable ArticleWithVersion latest, Model model) {
		model.addAttribute("previewHtml", markdown.toSafeHtml(form.body() == null ? "" : form.body()));
		return renderEdit(latest, model);
	}

	/**
	 * Someone saved first. Their version stays; the form keeps what this admin typed, now based on
	 * the newer version, so saving again is a deliberate choice after reading theirs.
	 */
	private String conflict(ArticleWithVersion latest, ArticleForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		result.reject("guidance.article.conflict",
				new Object[] { latest.version().getAuthorName(), latest.article().latestVersion() }, null);
		model.addAttribute("form", new ArticleForm(latest.article().slug(), form.title(), form.audience(),
				form.body(), latest.article().lockVersion()));
		model.addAttribute("org.springframework.validation.BindingResult.form", result);
		model.addAttribute("theirs", latest.version());
		model.addAttribute("theirsHtml", markdown.toSafeHtml(latest.version().getBodyMarkdown()));
		return renderEdit(latest, model);
	}

	private String renderEdit(@Nullable ArticleWithVersion latest, Model model) {
		model.addAttribute("article", latest == null ? null : latest.article());
		model.addAttribute("audiences", Audience.values());
		return EDIT;
	}

	record ArticleForm(@Nullable String slug, @Nullable String title, @Nullable Audience audience,
			@Nullable String body, @Nullable Long version) {

		static ArticleForm of(ArticleWithVersion latest) {
			return new ArticleForm(latest.article().slug(), latest.version().getTitle(),
					latest.version().getAudience(), latest.version().getBodyMarkdown(), latest.article().lockVersion());
		}

		ArticleContent content() {
			return new ArticleContent(title, audience, body);
		}

	}

}
