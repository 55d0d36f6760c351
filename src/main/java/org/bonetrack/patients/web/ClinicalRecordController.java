package org.bonetrack.patients.web;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.patients.ClinicalContext;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;
import org.bonetrack.patients.internal.ClinicalNotes;
import org.bonetrack.patients.internal.ProfileService;
import org.bonetrack.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A care-team clinician keeps a patient's clinical context and notes; both forms sit on the
 * patient detail page, which these actions return to.
 */
@Controller
@RequestMapping("/clinician/patients/{id}")
class ClinicalRecordController {

	private final Patients patients;

	private final ProfileService profiles;

	private final ClinicalNotes notes;

	private final MessageSource messages;

	ClinicalRecordController(Patients patients, ProfileService profiles, ClinicalNotes notes, MessageSource messages) {
		this.patients = patients;
		this.profiles = profiles;
		this.notes = notes;
		this.messages = messages;
	}

	@PostMapping("/clinical-context")
	String updateContext(@PathVariable long id, @ModelAttribute ContextForm form,
			@AuthenticationPrincipal AuthenticatedUser clinician, RedirectAttributes redirect) {
		PatientProfile patient = patients.careTeamPatient(clinician.id(), id);
		try {
			profiles.updateClinicalContext(patient.patientId(), form.toContext(), clinician.id());
			redirect.addFlashAttribute("message", "The clinical context was saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("warning", firstMessage(ex));
		}
		return "redirect:/clinician/patients/" + id + "#context";
	}

	@PostMapping("/notes")
	String addNote(@PathVariable long id, @ModelAttribute NoteForm form,
			@AuthenticationPrincipal AuthenticatedUser clinician, RedirectAttributes redirect) {
		PatientProfile patient = patients.careTeamPatient(clinician.id(), id);
		try {
			notes.add(patient.patientId(), clinician.id(), form.body(), ticked(form.sharedWithPatient()));
			redirect.addFlashAttribute("message", "The note was added.");
		}
		catch (InvalidInputException ex) {
			// Back on the detail page the note form shows what was typed, with the message beside it.
			redirect.addFlashAttribute("noteDraft", form.body() == null ? "" : form.body());
			redirect.addFlashAttribute("noteError", firstMessage(ex));
		}
		return "redirect:/clinician/patients/" + id + "#notes";
	}

	private String firstMessage(InvalidInputException ex) {
		InvalidInputException.FieldProblem problem = ex.problems().get(0);
		return messages.getMessage(problem.code(), problem.args(), problem.code(), LocaleContextHolder.getLocale());
	}

	/** Checkboxes: a ticked box sends {@code true}, an unticked one sends nothing (null). */
	record ContextForm(@Nullable Boolean lowImpactPlan, @Nullable Boolean takesWarfarin,
			@Nullable Boolean fragilityFracture, @Nullable Boolean vertebralFracture,
			@Nullable Boolean parentalHipFracture, @Nullable Boolean oralCorticosteroids, @Nullable Boolean smoker,
			@Nullable String boneProtectiveMedication) {

		ClinicalContext toContext() {
			return new ClinicalContext(ticked(lowImpactPlan), ticked(takesWarfarin), ticked(fragilityFracture),
					ticked(vertebralFracture), ticked(parentalHipFracture), ticked(oralCorticosteroids), ticked(smoker),
					boneProtectiveMedication);
		}

	}

	record NoteForm(@Nullable String body, @Nullable Boolean sharedWithPatient) {
	}

	private static boolean ticked(@Nullable Boolean box) {
		return Boolean.TRUE.equals(box);
	}

}
