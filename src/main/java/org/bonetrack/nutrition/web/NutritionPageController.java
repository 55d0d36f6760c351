package org.bonetrack.nutrition.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.nutrition.internal.EntryKind;
import org.bonetrack.nutrition.internal.EntryView;
import org.bonetrack.nutrition.internal.Food;
import org.bonetrack.nutrition.internal.FoodCatalogue;
import org.bonetrack.nutrition.internal.NutritionEntries;
import org.bonetrack.nutrition.internal.NutritionReads;
import org.bonetrack.nutrition.internal.SupplementPreset;
import org.bonetrack.nutrition.internal.SupplementPresets;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.RecordNotFoundException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The patient's nutrition pages: the days list, a day with its entries and totals (add a food,
 * a supplement or amounts; copy yesterday), and an entry's edit page.
 */
@Controller
@RequestMapping("/me/nutrition")
class NutritionPageController {

	/** On the day page the date comes from the URL, so a date problem concerns the whole form. */
	private static final Map<String, String> ADD_FIELDS = Map.of("grams", "amount", "portions", "amount", "date", "");

	private static final Map<String, String> EDIT_FIELDS = Map.of("grams", "amount", "portions", "amount");

	private final Patients patients;

	private final NutritionViews views;

	private final NutritionReads reads;

	private final NutritionEntries entries;

	private final FoodCatalogue foods;

	private final SupplementPresets supplements;

	private final MessageSource messages;

	NutritionPageController(Patients patients, NutritionViews views, NutritionReads reads, NutritionEntries entries,
			FoodCatalogue foods, SupplementPresets supplements, MessageSource messages) {
		this.patients = patients;
		this.views = views;
		this.reads = reads;
		this.entries = entries;
		this.foods = foods;
		this.supplements = supplements;
		this.messages = messages;
	}

	@GetMapping
	String days(@AuthenticationPrincipal AuthenticatedUser user, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) @Nullable LocalDate date, Model model) {
		if (date != null) {
			return "redirect:/me/nutrition/" + date;
		}
		PatientProfile profile = patients.profile(user.id());
		LocalDate today = patients.today(user.id());
		model.addAttribute("profile", profile);
		model.addAttribute("today", today);
		model.addAttribute("page", views.days(profile, today, page));
		model.addAttribute("headers", views.headers(profile.vitaminDUnit()));
		model.addAttribute("targets", views.targets(profile));
		model.addAttribute("base", "/me/nutrition");
		return "nutrition/days";
	}

	@GetMapping("/{date}")
	String day(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable LocalDate date,
			@RequestParam(required = false) @Nullable String q, Model model) {
		return renderDay(user, date, q, model);
	}

	@PostMapping("/{date}/foods")
	String addFood(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable LocalDate date,
			@ModelAttribute("foodForm") EntryForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				EntryView entry = entries.add(user.id(), date, form.food());
				redirect.addFlashAttribute("message", "Added " + entry.description() + " (" + entry.amountText() + ").");
				String back = UriComponentsBuilder.fromPath("/me/nutrition/{date}")
					.queryParamIfPresent("q", java.util.Optional.ofNullable(form.q()).filter(q -> !q.isBlank()))
					.fragment("add-food")
					.buildAndExpand(date)
					.encode()
					.toUriString();
				return "redirect:" + back;
			}
			catch (InvalidInputException ex) {
				PageProblems.reject(result, ex, ADD_FIELDS);
			}
		}
		if (form.foodId() != null) {
			foods.find(form.foodId()).ifPresent(food -> model.addAttribute("selectedFood", food));
		}
		return renderDay(user, date, form.q(), model);
	}

	@PostMapping("/{date}/supplements")
	String addSupplement(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable LocalDate date,
			@ModelAttribute("supplementForm") EntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				EntryView entry = entries.add(user.id(), date, form.supplement());
				redirect.addFlashAttribute("message", "Added " + entry.description() + " (" + entry.amountText() + ").");
				return "redirect:/me/nutrition/" + date;
			}
			catch (InvalidInputException ex) {
				PageProblems.reject(result, ex, ADD_FIELDS);
			}
		}
		return renderDay(user, date, null, model);
	}

	@PostMapping("/{date}/manual")
	String addManual(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable LocalDate date,
			@ModelAttribute("manualForm") EntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				EntryView entry = entries.add(user.id(), date, form.manual());
				redirect.addFlashAttribute("message", "Added " + entry.description() + ".");
				return "redirect:/me/nutrition/" + date;
			}
			catch (InvalidInputException ex) {
				PageProblems.reject(result, ex, ADD_FIELDS);
			}
		}
		return renderDay(user, date, null, model);
	}

	@PostMapping("/{date}/copy-previous")
	String copyPrevious(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable LocalDate date,
			RedirectAttributes redirect) {
		LocalDate previous = date.minusDays(1);
		try {
			int copied = entries.copyDay(user.id(), previous, date);
			if (copied == 0) {
				redirect.addFlashAttribute("warning", "Nothing you logged yourself on "
						+ NutritionViews.SHORT_DATE.format(previous) + " to copy (imported days are not copied).");
			}
			else {
				redirect.addFlashAttribute("message", "Copied " + copied + (copied == 1 ? " entry" : " entries")
						+ " from " + NutritionViews.SHORT_DATE.format(previous) + ".");
			}
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("warning", message(ex));
		}
		return "redirect:/me/nutrition/" + date;
	}

	@GetMapping("/entries/{id}")
	String entry(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id, Model model) {
		EntryView entry = owned(user, id);
		PatientProfile profile = patients.profile(user.id());
		model.addAttribute("form", EntryForm.of(entry, profile.vitaminDUnit()));
		return renderEntry(entry, profile, model);
	}

	@PostMapping("/entries/{id}")
	String update(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id,
			@ModelAttribute("form") EntryForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		EntryView entry = owned(user, id);
		PatientProfile profile = patients.profile(user.id());
		if (!result.hasErrors()) {
			try {
				EntryView saved = entries.update(user.id(), id, form.version(), form.date(), form.input(entry));
				redirect.addFlashAttribute("message", "Saved " + saved.description() + ".");
				return "redirect:/me/nutrition/" + saved.date();
			}
			catch (InvalidInputException ex) {
				PageProblems.reject(result, ex, EDIT_FIELDS);
			}
		}
		return renderEntry(entry, profile, model);
	}

	@PostMapping("/entries/{id}/delete")
	String delete(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id, RedirectAttributes redirect) {
		EntryView entry = owned(user, id);
		entries.delete(user.id(), id);
		redirect.addFlashAttribute("message", "Removed " + entry.description() + ".");
		return "redirect:/me/nutrition/" + entry.date();
	}

	private EntryView owned(AuthenticatedUser user, long id) {
		return reads.entry(user.id(), id).orElseThrow(() -> RecordNotFoundException.of("Nutrition entry", id));
	}

	private String renderDay(AuthenticatedUser user, LocalDate date, @Nullable String q, Model model) {
		PatientProfile profile = patients.profile(user.id());
		LocalDate today = patients.today(user.id());
		model.addAttribute("profile", profile);
		model.addAttribute("day", views.day(profile, date, today));
		model.addAttribute("headers", views.headers(profile.vitaminDUnit()));
		model.addAttribute("base", "/me/nutrition");
		if (date.isAfter(today) && model.asMap().values().stream().anyMatch(value -> value instanceof BindingResult result
				&& result.hasErrors())) {
			// the day's forms are not shown for a day to come, so say here why nothing was saved
			model.addAttribute("warning", messages.getMessage("nutrition.date.future", null, LocaleContextHolder.getLocale()));
		}
		if (!model.containsAttribute("foodForm")) {
			model.addAttribute("foodForm", EntryForm.empty(date));
		}
		if (!model.containsAttribute("supplementForm")) {
			model.addAttribute("supplementForm", EntryForm.empty(date));
		}
		if (!model.containsAttribute("manualForm")) {
			model.addAttribute("manualForm", EntryForm.empty(date));
		}
		addFoodResults(date, q, model);
		model.addAttribute("supplements", supplements.active());
		return "nutrition/day";
	}

	/** The search results alone, for the page script that searches as the patient types. */
	@GetMapping("/{date}/food-results")
	String foodResults(@PathVariable LocalDate date, @RequestParam(required = false) @Nullable String q, Model model) {
		addFoodResults(date, q, model);
		return "nutrition/day :: foodResults";
	}

	private void addFoodResults(LocalDate date, @Nullable String q, Model model) {
		List<Food> results = q == null || q.isBlank() ? List.of() : foods.search(q, 25);
		model.addAttribute("q", q);
		model.addAttribute("results", results);
		model.addAttribute("searched", q != null && !q.isBlank());
		model.addAttribute("foodAction", "/me/nutrition/" + date + "/foods");
	}

	private String renderEntry(EntryView entry, PatientProfile profile, Model model) {
		model.addAttribute("entry", entry);
		model.addAttribute("profile", profile);
		model.addAttribute("day", NutritionViews.LONG_DATE.format(entry.date()));
		if (entry.kind() == EntryKind.FOOD) {
			model.addAttribute("food", foods.find(entry.foodId()).orElseThrow());
		}
		if (entry.kind() == EntryKind.SUPPLEMENT) {
			List<SupplementPreset> choices = new java.util.ArrayList<>(supplements.active());
			if (choices.stream().noneMatch(preset -> preset.id() == entry.supplementId())) {
				supplements.find(entry.supplementId()).ifPresent(choices::add);
			}
			model.addAttribute("supplements", choices);
		}
		return "nutrition/entry";
	}

	private String message(InvalidInputException ex) {
		InvalidInputException.FieldProblem problem = ex.problems().get(0);
		return messages.getMessage(problem.code(), problem.args(), problem.code(), LocaleContextHolder.getLocale());
	}

}
