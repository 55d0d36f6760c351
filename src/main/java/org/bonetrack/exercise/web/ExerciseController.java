package org.bonetrack.exercise.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.exercise.CatalogueKind;
import org.bonetrack.exercise.ExerciseType;
import org.bonetrack.exercise.internal.Catalogue;
import org.bonetrack.exercise.internal.ExerciseSessions;
import org.bonetrack.exercise.internal.StoredSession;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.web.Forms;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
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

/** The patient's exercise log: the list by week, the session form, a session, its deletion. */
@Controller
@RequestMapping("/me/exercise")
class ExerciseController {

	private static final String LIST = "exercise/list";

	private static final String FORM = "exercise/form";

	private static final String SESSION = "exercise/session";

	private static final String DELETE = "exercise/delete";

	private final ExerciseSessions sessions;

	private final Catalogue catalogue;

	private final Patients patients;

	ExerciseController(ExerciseSessions sessions, Catalogue catalogue, Patients patients) {
		this.sessions = sessions;
		this.catalogue = catalogue;
		this.patients = patients;
	}

	@GetMapping
	String list(@AuthenticationPrincipal AuthenticatedUser user, @RequestParam(required = false) @Nullable String type,
			@RequestParam(defaultValue = "0") int page, Model model) {
		PatientProfile profile = patients.profile(user.id());
		ExerciseType filter = SessionListing.type(type);
		Page<StoredSession> found = sessions.page(user.id(), filter, page, SessionListing.PAGE_SIZE);
		SessionPresenter presenter = presenter(profile);
		model.addAttribute("weeks", SessionListing.groups(found, user.id(), filter, sessions, presenter));
		model.addAttribute("sessions", found);
		model.addAttribute("types", ExerciseType.values());
		model.addAttribute("type", filter);
		return LIST;
	}

	@GetMapping("/new")
	String newSession(@AuthenticationPrincipal AuthenticatedUser user,
			@RequestParam(required = false) @Nullable String type, Model model) {
		model.addAttribute("form", SessionForm.blank(patients.today(user.id()), SessionListing.type(type)));
		return form(user, null, model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") SessionForm form, BindingResult result,
			@RequestParam(required = false) @Nullable String addSetRows,
			@RequestParam(required = false) @Nullable String addImpactRows,
			@AuthenticationPrincipal AuthenticatedUser user, Model model, RedirectAttributes redirect) {
		if (addSetRows != null || addImpactRows != null) {
			return withMoreRows(form, addSetRows != null, user, null, model);
		}
		if (!result.hasErrors()) {
			SessionForm.Rows rows = form.filledRows();
			try {
				StoredSession saved = sessions.create(user.id(), form.toInput(rows), unit(user));
				redirect.addFlashAttribute("message", "Your session was saved.");
				return "redirect:/me/exercise/" + saved.id();
			}
			catch (InvalidInputException ex) {
				Forms.reject(result, form.onFormFields(ex, rows));
			}
		}
		return form(user, null, model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal AuthenticatedUser user, Model model) {
		StoredSession session = sessions.find(user.id(), id);
		model.addAttribute("detail", presenter(patients.profile(user.id())).detail(session));
		model.addAttribute("readOnly", false);
		return SESSION;
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal AuthenticatedUser user, Model model) {
		StoredSession session = sessions.find(user.id(), id);
		model.addAttribute("form", SessionForm.of(session, unit(user)));
		return form(user, session, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") SessionForm form, BindingResult result,
			@RequestParam(required = false) @Nullable String addSetRows,
			@RequestParam(required = false) @Nullable String addImpactRows,
			@AuthenticationPrincipal AuthenticatedUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		StoredSession current = sessions.find(user.id(), id);
		if (addSetRows != null || addImpactRows != null) {
			return withMoreRows(form, addSetRows != null, user, current, model);
		}
		if (form.version() == null) {
			result.reject("exercise.version.required");
		}
		if (!result.hasErrors()) {
			SessionForm.Rows rows = form.filledRows();
			try {
				sessions.update(user.id(), id, form.version(), form.toInput(rows), unit(user));
				redirect.addFlashAttribute("message", "Your changes were saved.");
				return "redirect:/me/exercise/" + id;
			}
			catch (InvalidInputException ex) {
				Forms.reject(result, form.onFormFields(ex, rows));
			}
			catch (OptimisticLockingFailureException ex) {
				// Keep what the patient typed, show what is saved now, and let her decide.
				StoredSession latest = sessions.find(user.id(), id);
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("conflict", presenter(patients.profile(user.id())).detail(latest));
				model.addAttribute("form", new SessionForm(form.date(), form.startTime(), form.type(),
						form.durationMinutes(), form.rpe(), form.notes(), form.sets(), form.impacts(), form.vestLoad(),
						form.distanceKm(), form.steps(), latest.version()));
				model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
				return form(user, latest, model);
			}
		}
		return form(user, current, model);
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, @AuthenticationPrincipal AuthenticatedUser user, Model model) {
		StoredSession session = sessions.find(user.id(), id);
		model.addAttribute("detail", presenter(patients.profile(user.id())).detail(session));
		return DELETE;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) @Nullable Long version,
			@AuthenticationPrincipal AuthenticatedUser user, RedirectAttributes redirect) {
		sessions.delete(user.id(), id, version);
		redirect.addFlashAttribute("message", "The session was deleted.");
		return "redirect:/me/exercise";
	}

	/** The same form again with more blank rows: nothing is checked or saved yet. */
	private String withMoreRows(SessionForm form, boolean sets, AuthenticatedUser user,
			@Nullable StoredSession session, Model model) {
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
		model.addAttribute("form", form.withRows(sets ? SessionForm.MORE_SET_ROWS : 0,
				sets ? 0 : SessionForm.MORE_IMPACT_ROWS));
		model.addAttribute("focusSection", sets ? "sets-section" : "impacts-section");
		return form(user, session, model);
	}

	private String form(AuthenticatedUser user, @Nullable StoredSession session, Model model) {
		PatientProfile profile = patients.profile(user.id());
		Catalogue.Entries entries = catalogue.entries();
		model.addAttribute("editing", session);
		model.addAttribute("types", ExerciseType.values());
		model.addAttribute("exercises", entries.of(CatalogueKind.RESISTANCE));
		model.addAttribute("activities", entries.of(CatalogueKind.IMPACT));
		model.addAttribute("customNames", customNames(user, entries, model));
		model.addAttribute("unit", profile.massUnit());
		model.addAttribute("latestWeight",
				profile.latestWeightKg() == null ? null : presenter(profile).mass(profile.latestWeightKg()));
		model.addAttribute("latestWeightInUnit", profile.latestWeightKg() == null ? null
				: SessionPresenter.plain(profile.massUnit().fromKg(profile.latestWeightKg(), 1)));
		model.addAttribute("today", patients.today(user.id()));
		model.addAttribute("action", session == null ? "/me/exercise/new" : "/me/exercise/" + session.id() + "/edit");
		return FORM;
	}

	/**
	 * The patient's own exercise names for the set rows' lists, including any named in the form
	 * itself, so that every row shows its exercise selected.
	 */
	private List<String> customNames(AuthenticatedUser user, Catalogue.Entries entries, Model model) {
		Set<String> names = new LinkedHashSet<>(sessions.customNames(user.id()));
		if (model.getAttribute("form") instanceof SessionForm form && form.sets() != null) {
			form.sets()
				.stream()
				.filter(row -> row != null && row.exercise() != null && !row.exercise().isBlank())
				.map(row -> row.exercise().strip())
				.filter(name -> entries.byKey(name).isEmpty())
				.forEach(names::add);
		}
		return List.copyOf(names);
	}

	private SessionPresenter presenter(PatientProfile profile) {
		return new SessionPresenter(catalogue.entries(), profile.massUnit(), profile.latestWeightKg());
	}

	private org.bonetrack.shared.MassUnit unit(AuthenticatedUser user) {
		return patients.profile(user.id()).massUnit();
	}

}
