package org.bonetrack.nutrition.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.nutrition.Nutrient;
import org.bonetrack.nutrition.internal.CronometerExport.RowProblem;
import org.bonetrack.nutrition.internal.CronometerImports;
import org.bonetrack.nutrition.internal.CronometerImports.DayAction;
import org.bonetrack.nutrition.internal.CronometerImports.ImportAlreadyFinishedException;
import org.bonetrack.nutrition.internal.CronometerImports.ImportResult;
import org.bonetrack.nutrition.internal.CronometerImports.ImportStatus;
import org.bonetrack.nutrition.internal.ImportPreview;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.VitaminDUnit;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Cronometer import: upload a daily nutrition summary or servings export, look at the preview
 * (days, nutrients, problems by line), then confirm or discard. The imports landing page of the
 * exercise module links here.
 */
@Controller
@RequestMapping("/me/imports/cronometer")
class CronometerImportController {

	/** How many rows of problems and days the preview lists before it summarises. */
	static final int LISTED = 200;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

	private final CronometerImports imports;

	private final Patients patients;

	private final NutritionViews views;

	private final MessageSource messages;

	CronometerImportController(CronometerImports imports, Patients patients, NutritionViews views,
			MessageSource messages) {
		this.imports = imports;
		this.patients = patients;
		this.views = views;
		this.messages = messages;
	}

	@GetMapping
	String form(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
		model.addAttribute("form", new UploadForm(null));
		return renderForm(user, model);
	}

	@PostMapping
	String upload(@AuthenticationPrincipal AuthenticatedUser user, @ModelAttribute("form") UploadForm form,
			BindingResult result, Model model) throws IOException {
		MultipartFile file = form.file();
		try {
			long id = imports.upload(user.id(), file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes());
			return "redirect:/me/imports/cronometer/" + id;
		}
		catch (InvalidInputException ex) {
			for (InvalidInputException.FieldProblem problem : ex.problems()) {
				result.rejectValue("file", problem.code(), problem.args(), null);
			}
			return renderForm(user, model);
		}
	}

	@GetMapping("/{id}")
	String preview(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id, Model model) {
		ImportPreview preview = imports.preview(user.id(), id);
		PatientProfile profile = patients.profile(user.id());
		ZoneId zone = profile.timeZone();
		model.addAttribute("preview", preview);
		model.addAttribute("uploadedAt", WHEN.format(preview.uploadedAt().atZone(zone)));
		model.addAttribute("finishedAt", preview.finishedAt() == null ? null : WHEN.format(preview.finishedAt().atZone(zone)));
		model.addAttribute("sameFileImportedAt",
				preview.sameFileImportedAt() == null ? null : WHEN.format(preview.sameFileImportedAt().atZone(zone)));
		if (preview.content() != null) {
			ImportPreview.Content content = preview.content();
			model.addAttribute("upload", content);
			model.addAttribute("problems", lines(content.problems()));
			model.addAttribute("skipped", lines(content.skipped()));
			model.addAttribute("days", content.days()
				.subList(0, Math.min(LISTED, content.days().size()))
				.stream()
				.map(day -> DayRow.of(day, profile.vitaminDUnit()))
				.toList());
			model.addAttribute("headers", views.headers(profile.vitaminDUnit()));
			model.addAttribute("listed", LISTED);
			model.addAttribute("newDays", content.count(DayAction.NEW));
			model.addAttribute("replacedDays", content.count(DayAction.REPLACE));
			model.addAttribute("unchangedDays", content.count(DayAction.UNCHANGED));
			model.addAttribute("imported", content.importedColumns()
				.entrySet()
				.stream()
				.map(column -> NutritionViews.shortLabel(column.getKey()) + " (from \u201c" + column.getValue() + "\u201d)")
				.toList());
			model.addAttribute("vitaminDImported", content.importedColumns().containsKey(Nutrient.VITAMIN_D));
			model.addAttribute("missing", content.missingNutrients().stream().map(NutritionViews::shortLabel).toList());
		}
		return "nutrition/import-preview";
	}

	@PostMapping("/{id}/confirm")
	String confirm(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			ImportResult result = imports.confirm(user.id(), id);
			redirect.addFlashAttribute("message", "Imported " + result.daysSaved() + (result.daysSaved() == 1 ? " day" : " days")
					+ " (" + result.entriesSaved() + (result.entriesSaved() == 1 ? " entry" : " entries") + ")"
					+ (result.daysUnchanged() > 0 ? "; " + result.daysUnchanged() + " unchanged days were left as they were" : "")
					+ ".");
			return "redirect:/me/nutrition";
		}
		catch (ImportAlreadyFinishedException ex) {
			redirect.addFlashAttribute("warning", finished(ex.status()));
			return "redirect:/me/imports/cronometer/" + id;
		}
	}

	@PostMapping("/{id}/discard")
	String discard(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			imports.discard(user.id(), id);
			redirect.addFlashAttribute("message", "The upload was discarded; nothing was imported.");
			return "redirect:/me/imports/cronometer";
		}
		catch (ImportAlreadyFinishedException ex) {
			redirect.addFlashAttribute("warning", finished(ex.status()));
			return "redirect:/me/imports/cronometer/" + id;
		}
	}

	private String renderForm(AuthenticatedUser user, Model model) {
		ZoneId zone = patients.timeZone(user.id());
		model.addAttribute("uploads", imports.recent(user.id(), 10)
			.stream()
			.map(upload -> new UploadRow(upload.id(), upload.fileName(), upload.format().label(),
					WHEN.format(upload.uploadedAt().atZone(zone)), switch (upload.status()) {
						case PREVIEW -> "waiting for your confirmation";
						case CONFIRMED -> "imported, " + upload.daysSaved() + (Integer.valueOf(1).equals(upload.daysSaved()) ? " day" : " days");
						case DISCARDED -> "discarded";
					}))
			.toList());
		return "nutrition/import";
	}

	private String finished(ImportStatus status) {
		return messages.getMessage(status == ImportStatus.CONFIRMED ? "nutrition.import.alreadyConfirmed"
				: "nutrition.import.alreadyDiscarded", null, LocaleContextHolder.getLocale());
	}

	private List<String> lines(List<RowProblem> problems) {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> lines = new ArrayList<>();
		for (RowProblem problem : problems.subList(0, Math.min(LISTED, problems.size()))) {
			List<Object> args = new ArrayList<>();
			args.add(problem.line());
			args.addAll(problem.args().stream().map(arg -> arg instanceof Number ? arg : (Object) String.valueOf(arg)).toList());
			lines.add(messages.getMessage(problem.code(), args.toArray(), problem.code(), locale));
		}
		return lines;
	}

	record UploadForm(@Nullable MultipartFile file) {
	}

	public record UploadRow(long id, String fileName, String format, String uploadedAt, String status) {
	}

	/** A day of the preview table, its amounts formatted in the patient's units ("—": not in the file). */
	public record DayRow(LocalDate date, int entries, String action, List<String> values) {

		static DayRow of(ImportPreview.Day day, VitaminDUnit unit) {
			String action = switch (day.action()) {
				case NEW -> "add";
				case REPLACE -> "replace earlier import";
				case UNCHANGED -> "unchanged";
			};
			return new DayRow(day.date(), day.entries(), action, NutritionViews.NUTRIENTS.stream()
				.map(nutrient -> day.amounts().get(nutrient) == null ? "\u2014"
						: NutrientFormat.number(nutrient, day.amounts().get(nutrient), unit))
				.toList());
		}

	}

}
