package org.bonetrack.exercise.web;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.exercise.CatalogueKind;
import org.bonetrack.exercise.ExerciseSessionView;
import org.bonetrack.exercise.ExerciseType;
import org.bonetrack.exercise.internal.Catalogue;
import org.bonetrack.exercise.internal.SessionSource;
import org.bonetrack.exercise.internal.imports.ExerciseImports;
import org.bonetrack.exercise.internal.imports.ImportAlreadyConfirmedException;
import org.bonetrack.exercise.internal.imports.ImportPlan;
import org.bonetrack.exercise.internal.imports.RowProblem;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.shared.RecordNotFoundException;
import org.bonetrack.shared.web.Forms;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The imports landing page and the Strong and Hevy flows: upload, preview (with the patient's
 * answers about units and exercise names), confirm or discard. Cronometer has its own pages.
 */
@Controller
@RequestMapping("/me/imports")
class ImportController {

	private static final int SHOWN_PROBLEMS = 200;

	private static final int SHOWN_SESSIONS = 100;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

	private final ExerciseImports imports;

	private final Catalogue catalogue;

	private final Patients patients;

	private final MessageSource messages;

	ImportController(ExerciseImports imports, Catalogue catalogue, Patients patients, MessageSource messages) {
		this.imports = imports;
		this.catalogue = catalogue;
		this.patients = patients;
		this.messages = messages;
	}

	@GetMapping
	String landing(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
		PatientProfile profile = patients.profile(user.id());
		model.addAttribute("uploads", imports.recent(user.id(), 10)
			.stream()
			.map(record -> new Upload(record, when(record.createdAt(), profile), path(record.source()) + "/" + record.id()))
			.toList());
		return "exercise/imports";
	}

	@GetMapping("/{source:strong|hevy}")
	String uploadForm(@PathVariable String source, @AuthenticationPrincipal AuthenticatedUser user, Model model) {
		model.addAttribute("form", new UploadForm(null, patients.profile(user.id()).massUnit()));
		return upload(source(source), model);
	}

	@PostMapping("/{source:strong|hevy}")
	String upload(@PathVariable String source, @ModelAttribute("form") UploadForm form, BindingResult result,
			@AuthenticationPrincipal AuthenticatedUser user, Model model) throws IOException {
		SessionSource app = source(source);
		MassUnit unit = form.unit() != null ? form.unit() : patients.profile(user.id()).massUnit();
		MultipartFile file = form.file();
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			result.rejectValue("file", "import.file.required");
			return upload(app, model);
		}
		try {
			long id = imports.stage(user.id(), app, file.getOriginalFilename(), file.getBytes(), unit);
			return "redirect:/me/imports/" + source + "/" + id;
		}
		catch (InvalidInputException ex) {
			Forms.reject(result, ex);
			return upload(app, model);
		}
	}

	@GetMapping("/{source:strong|hevy}/{id}")
	String preview(@PathVariable String source, @PathVariable long id, @AuthenticationPrincipal AuthenticatedUser user,
			Model model) {
		ExerciseImports.ImportRecord record = owned(user, source, id);
		if (record.confirmed()) {
			model.addAttribute("record", record);
			model.addAttribute("confirmedAt", when(record.confirmedAt(), patients.profile(user.id())));
			return "exercise/import-done";
		}
		ExerciseImports.Preview preview = imports.preview(user.id(), id);
		model.addAttribute("form", PreviewForm.of(preview));
		return preview(preview, user, model);
	}

	@PostMapping("/{source:strong|hevy}/{id}")
	String decide(@PathVariable String source, @PathVariable long id, @ModelAttribute("form") PreviewForm form,
			@RequestParam(defaultValue = "update") String action, @AuthenticationPrincipal AuthenticatedUser user,
			RedirectAttributes redirect) {
		ExerciseImports.ImportRecord record = owned(user, source, id);
		try {
			switch (action) {
				case "confirm" -> {
					ExerciseImports.Result done = imports.confirm(user.id(), id, unitOf(form, record), form.choiceMap());
					redirect.addFlashAttribute("message", confirmation(done));
					return "redirect:/me/imports";
				}
				case "discard" -> {
					imports.discard(user.id(), id);
					redirect.addFlashAttribute("message", "The upload was discarded; nothing was imported.");
					return "redirect:/me/imports";
				}
				default -> {
					imports.choose(user.id(), id, unitOf(form, record), form.choiceMap());
					redirect.addFlashAttribute("message", "The preview was updated with your choices.");
					return "redirect:/me/imports/" + source + "/" + id;
				}
			}
		}
		catch (ImportAlreadyConfirmedException ex) {
			redirect.addFlashAttribute("warning", "This upload was imported already; nothing was added again.");
			return "redirect:/me/imports/" + source + "/" + id;
		}
	}

	private String upload(SessionSource source, Model model) {
		model.addAttribute("source", source);
		model.addAttribute("sourcePath", path(source));
		model.addAttribute("units", MassUnit.values());
		return "exercise/import-upload";
	}

	private String preview(ExerciseImports.Preview preview, AuthenticatedUser user, Model model) {
		PatientProfile profile = patients.profile(user.id());
		Catalogue.Entries entries = catalogue.entries();
		SessionPresenter presenter = new SessionPresenter(entries, profile.massUnit(), profile.latestWeightKg());
		ImportPlan plan = preview.plan();
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("preview", preview);
		model.addAttribute("plan", plan);
		model.addAttribute("sourcePath", path(preview.record().source()));
		model.addAttribute("units", MassUnit.values());
		model.addAttribute("problems", plan.problems()
			.stream()
			.limit(SHOWN_PROBLEMS)
			.map(problem -> new ProblemLine(problem.line(), message(problem, locale)))
			.toList());
		List<SessionLine> sessions = new ArrayList<>();
		preview.newSessions().stream().limit(SHOWN_SESSIONS).forEach(planned -> {
			ExerciseSessionView view = planned.session().view(0, entries);
			sessions.add(new SessionLine(view.date().format(SessionPresenter.DAY),
					SessionPresenter.time(view.startTime()), view.type().label(),
					presenter.summary(view)));
		});
		model.addAttribute("sessions", sessions);
		model.addAttribute("totals", totals(preview));
		model.addAttribute("notes", notes(plan.counts()));
		model.addAttribute("targets", targetOptions(entries));
		model.addAttribute("sameFileAt", preview.sameFileConfirmedAt() == null ? null
				: when(preview.sameFileConfirmedAt(), profile));
		model.addAttribute("uploadedAt", when(preview.record().createdAt(), profile));
		return "exercise/import-preview";
	}

	/** "12 resistance sessions (148 sets), 3 impact sessions (420 impacts), 5 walks" and the date range. */
	private static String totals(ExerciseImports.Preview preview) {
		Map<ExerciseType, int[]> byType = new EnumMap<>(ExerciseType.class);
		preview.newSessions().forEach(planned -> {
			int[] sum = byType.computeIfAbsent(planned.session().type(), type -> new int[3]);
			sum[0]++;
			sum[1] += planned.session().sets().size();
			sum[2] += planned.session().impacts().stream().mapToInt(impact -> impact.count()).sum();
		});
		List<String> parts = new ArrayList<>();
		byType.forEach((type, sum) -> {
			String label = type.label().toLowerCase(Locale.ROOT) + (sum[0] == 1 ? " session" : " sessions");
			String extra = type == ExerciseType.RESISTANCE ? " (" + SessionPresenter.count(sum[1]) + " sets)"
					: type == ExerciseType.IMPACT ? " (" + SessionPresenter.count(sum[2]) + " impacts)" : "";
			parts.add(sum[0] + " " + label + extra);
		});
		return String.join(", ", parts);
	}

	/** What the preview says about rows left out and values estimated. */
	private static List<String> notes(ImportPlan.Counts counts) {
		List<String> notes = new ArrayList<>();
		if (counts.restRows() > 0) {
			notes.add(plural(counts.restRows(), "rest-timer row is", "rest-timer rows are") + " not a set and left out.");
		}
		if (counts.timedRows() > 0) {
			notes.add(plural(counts.timedRows(), "timed hold (such as a plank) has", "timed holds (such as planks) have")
					+ " no reps and " + (counts.timedRows() == 1 ? "is" : "are") + " left out.");
		}
		if (counts.skippedRows() > 0) {
			notes.add(plural(counts.skippedRows(), "row", "rows") + " of exercises you chose not to import "
					+ (counts.skippedRows() == 1 ? "is" : "are") + " left out.");
		}
		if (counts.implausibleDurations() > 0) {
			notes.add(plural(counts.implausibleDurations(), "workout has", "workouts have")
					+ " a duration of more than 10 hours (probably left running in the app) and "
					+ (counts.implausibleDurations() == 1 ? "is" : "are") + " saved without a duration.");
		}
		if (counts.estimatedImpactCounts() > 0) {
			notes.add(plural(counts.estimatedImpactCounts(), "impact entry has", "impact entries have")
					+ " a time or distance but no count, so the impacts are estimated: running 160 foot strikes a minute"
					+ " or 1,200 a kilometre, skipping 100 a minute, jumps 30 a minute.");
		}
		if (counts.cappedImpactCounts() > 0) {
			notes.add(plural(counts.cappedImpactCounts(), "impact count is", "impact counts are")
					+ " above 2,000 in one session and saved as 2,000.");
		}
		return notes;
	}

	private static String plural(int count, String one, String many) {
		return SessionPresenter.count(count) + " " + (count == 1 ? one : many);
	}

	private static List<TargetGroup> targetOptions(Catalogue.Entries entries) {
		List<TargetGroup> groups = new ArrayList<>();
		groups.add(new TargetGroup("Resistance exercises", entries.of(CatalogueKind.RESISTANCE)
			.stream()
			.map(entry -> new TargetOption("lift:" + entry.key(), entry.name()))
			.toList()));
		groups.add(new TargetGroup("Your own exercise", List.of(new TargetOption("custom", "Keep the name as your own exercise"))));
		groups.add(new TargetGroup("Impact activities", entries.of(CatalogueKind.IMPACT)
			.stream()
			.map(entry -> new TargetOption("impact:" + entry.key(), entry.name() + " (" + entry.peakForceBodyWeights() + " × body weight)"))
			.toList()));
		groups.add(new TargetGroup("Cardio sessions", List.of(new TargetOption("cardio:WALK", "Walk"),
				new TargetOption("cardio:CYCLE", "Cycle"), new TargetOption("cardio:SWIM", "Swim"),
				new TargetOption("cardio:OTHER", "Other activity"))));
		groups.add(new TargetGroup("Leave out", List.of(new TargetOption("skip", "Do not import"))));
		return groups;
	}

	private String message(RowProblem problem, Locale locale) {
		return messages.getMessage(problem.code(), problem.args(), problem.code(), locale);
	}

	private static String confirmation(ExerciseImports.Result done) {
		String app = done.record().source().label();
		if (done.sessionsAdded() == 0) {
			return "Nothing new was imported from " + app + ": every workout in the file is in BoneTrack already.";
		}
		return "Imported " + done.sessionsAdded() + (done.sessionsAdded() == 1 ? " session" : " sessions") + " from "
				+ app + " (" + done.from() + " to " + done.to() + ")"
				+ (done.alreadyImported() == 0 ? "." : "; " + done.alreadyImported() + " were in BoneTrack already.");
	}

	private ExerciseImports.ImportRecord owned(AuthenticatedUser user, String source, long id) {
		ExerciseImports.ImportRecord record = imports.record(user.id(), id);
		if (record.source() != source(source)) {
			throw RecordNotFoundException.of("Import", id);
		}
		return record;
	}

	private static MassUnit unitOf(PreviewForm form, ExerciseImports.ImportRecord record) {
		return form.unit() != null ? form.unit() : record.unit();
	}

	private static SessionSource source(String path) {
		return SessionSource.valueOf(path.toUpperCase(Locale.ROOT));
	}

	private static String path(SessionSource source) {
		return "/me/imports/" + source.name().toLowerCase(Locale.ROOT);
	}

	private static String when(java.time.@Nullable Instant instant, PatientProfile profile) {
		return instant == null ? "" : instant.atZone(profile.timeZone()).format(WHEN);
	}

	record UploadForm(@Nullable MultipartFile file, @Nullable MassUnit unit) {
	}

	/** The patient's answers on the preview: the unit and, per exercise name of the file, its target. */
	record PreviewForm(@Nullable MassUnit unit, @Nullable List<Choice> choices) {

		static PreviewForm of(ExerciseImports.Preview preview) {
			List<Choice> choices = new ArrayList<>();
			List<ImportPlan.NameUse> names = new ArrayList<>(preview.plan().names());
			// Names BoneTrack does not know come first: they are the ones to look at.
			names.sort((a, b) -> Boolean.compare(b.needsReview(), a.needsReview()));
			names.forEach(name -> choices.add(new Choice(name.normalized(), name.target().code(), name.vendorName(),
					name.rows(), name.needsReview())));
			return new PreviewForm(preview.record().unit(), choices);
		}

		Map<String, String> choiceMap() {
			Map<String, String> map = new LinkedHashMap<>();
			if (choices != null) {
				choices.stream()
					.filter(choice -> choice != null && choice.name() != null && choice.target() != null)
					.forEach(choice -> map.put(choice.name(), choice.target()));
			}
			return map;
		}

	}

	/** One exercise name of the file; {@code label}, {@code rows} and {@code review} are only shown. */
	record Choice(@Nullable String name, @Nullable String target, @Nullable String label, @Nullable Integer rows,
			@Nullable Boolean review) {
	}

	record Upload(ExerciseImports.ImportRecord record, String when, String link) {
	}

	record ProblemLine(long line, String message) {
	}

	record SessionLine(String day, @Nullable String startTime, String type, String summary) {
	}

	record TargetOption(String code, String label) {
	}

	record TargetGroup(String label, List<TargetOption> options) {
	}

}
