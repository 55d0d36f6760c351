package org.bonetrack.patients.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;

import org.bonetrack.accounts.Accounts;
import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;
import org.bonetrack.patients.Sex;
import org.bonetrack.patients.internal.ProfileService;
import org.bonetrack.patients.internal.ProfileUpdate;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.shared.VitaminDUnit;
import org.bonetrack.shared.web.Forms;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The patient's own profile page: details, units, body weights and API tokens. */
@Controller
@RequestMapping("/me/profile")
class ProfileController {

	static final List<String> TIME_ZONES = List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()).stream()
		.filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
		.toList());

	private static final String VIEW = "patients/profile";

	private final Patients patients;

	private final ProfileService profiles;

	private final Accounts accounts;

	ProfileController(Patients patients, ProfileService profiles, Accounts accounts) {
		this.patients = patients;
		this.profiles = profiles;
		this.accounts = accounts;
	}

	@GetMapping
	String show(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
		PatientProfile profile = patients.profile(user.id());
		model.addAttribute("form", ProfileForm.of(profile));
		model.addAttribute("weightForm", new WeightForm(patients.today(user.id()), null));
		return render(user, profile, model);
	}

	@PostMapping
	String update(@ModelAttribute("form") ProfileForm form, BindingResult result,
			@AuthenticationPrincipal AuthenticatedUser user, Model model, RedirectAttributes redirect) {
		PatientProfile profile = patients.profile(user.id());
		if (!result.hasErrors()) {
			try {
				profiles.update(user.id(), form.toUpdate());
				redirect.addFlashAttribute("message", "Your profile was saved.");
				return "redirect:/me/profile";
			}
			catch (InvalidInputException ex) {
				Forms.reject(result, ex);
			}
		}
		model.addAttribute("weightForm", new WeightForm(patients.today(user.id()), null));
		return render(user, profile, model);
	}

	@PostMapping("/weights")
	String recordWeight(@ModelAttribute("weightForm") WeightForm form, BindingResult result,
			@AuthenticationPrincipal AuthenticatedUser user, Model model, RedirectAttributes redirect) {
		PatientProfile profile = patients.profile(user.id());
		if (!result.hasErrors()) {
			try {
				profiles.recordWeight(user.id(), form.date(), form.weight(), profile.massUnit());
				redirect.addFlashAttribute("message", "Your weight was recorded.");
				return "redirect:/me/profile#weights";
			}
			catch (InvalidInputException ex) {
				Forms.reject(result, ex);
			}
		}
		model.addAttribute("form", ProfileForm.of(profile));
		return render(user, profile, model);
	}

	@PostMapping("/weights/{id}/delete")
	String deleteWeight(@PathVariable long id, @AuthenticationPrincipal AuthenticatedUser user,
			RedirectAttributes redirect) {
		profiles.deleteWeight(user.id(), id);
		redirect.addFlashAttribute("message", "The weight entry was removed.");
		return "redirect:/me/profile#weights";
	}

	private String render(AuthenticatedUser user, PatientProfile profile, Model model) {
		model.addAttribute("profile", profile);
		model.addAttribute("weights", patients.weights(user.id()));
		model.addAttribute("timeZones", TIME_ZONES);
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("massUnits", MassUnit.values());
		model.addAttribute("vitaminDUnits", VitaminDUnit.values());
		model.addAttribute("tokens", accounts.accessTokens(user.id()));
		model.addAttribute("tokenForm", new TokenForm(""));
		return VIEW;
	}

	record ProfileForm(@Nullable LocalDate birthDate, @Nullable Sex sex, @Nullable BigDecimal heightCm,
			@Nullable LocalDate anastrozoleStart, @Nullable String timeZone, @Nullable MassUnit massUnit,
			@Nullable VitaminDUnit vitaminDUnit) {

		static ProfileForm of(PatientProfile profile) {
			return new ProfileForm(profile.birthDate(), profile.sex(), profile.heightCm(), profile.anastrozoleStart(),
					profile.timeZone().getId(), profile.massUnit(), profile.vitaminDUnit());
		}

		ProfileUpdate toUpdate() {
			return new ProfileUpdate(birthDate, sex, heightCm, anastrozoleStart, timeZone, massUnit, vitaminDUnit);
		}

	}

	record WeightForm(@Nullable LocalDate date, @Nullable BigDecimal weight) {
	}

	record TokenForm(String name) {
	}

}
