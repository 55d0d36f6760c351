package org.bonetrack.nutrition.web;

import java.math.BigDecimal;

import org.bonetrack.nutrition.internal.SupplementPreset;
import org.bonetrack.nutrition.internal.SupplementPresets;
import org.bonetrack.nutrition.internal.SupplementPresets.PresetInput;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.RecordNotFoundException;
import org.bonetrack.shared.web.Forms;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins keep the supplement presets patients pick from. Editing a preset changes what new
 * entries record; entries already logged keep the amounts they were logged with.
 */
@Controller
@RequestMapping("/admin/supplements")
class SupplementAdminController {

	private final SupplementPresets presets;

	SupplementAdminController(SupplementPresets presets) {
		this.presets = presets;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("presets", presets.all());
		return "nutrition/admin-supplements";
	}

	@GetMapping("/new")
	String newPreset(Model model) {
		model.addAttribute("form", PresetForm.EMPTY);
		model.addAttribute("preset", null);
		return "nutrition/admin-supplement";
	}

	@PostMapping
	String create(@ModelAttribute("form") PresetForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				SupplementPreset preset = presets.create(form.input());
				redirect.addFlashAttribute("message", "Added " + preset.name() + ".");
				return "redirect:/admin/supplements";
			}
			catch (InvalidInputException ex) {
				Forms.reject(result, ex);
			}
		}
		model.addAttribute("preset", null);
		return "nutrition/admin-supplement";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		SupplementPreset preset = preset(id);
		model.addAttribute("form", PresetForm.of(preset));
		model.addAttribute("preset", preset);
		return "nutrition/admin-supplement";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") PresetForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		SupplementPreset preset = preset(id);
		if (!result.hasErrors()) {
			try {
				SupplementPreset saved = presets.update(id, form.version() == null ? -1 : form.version(), form.input());
				redirect.addFlashAttribute("message", "Saved " + saved.name() + ".");
				return "redirect:/admin/supplements";
			}
			catch (InvalidInputException ex) {
				Forms.reject(result, ex);
			}
		}
		model.addAttribute("preset", preset);
		return "nutrition/admin-supplement";
	}

	private SupplementPreset preset(long id) {
		return presets.find(id).orElseThrow(() -> RecordNotFoundException.of("Supplement", id));
	}

	record PresetForm(@Nullable Long version, @Nullable String name, @Nullable String serving,
			@Nullable BigDecimal calciumMg, @Nullable BigDecimal vitaminDUg, @Nullable BigDecimal vitaminKUg,
			@Nullable BigDecimal magnesiumMg, @Nullable BigDecimal epaMg, @Nullable BigDecimal dhaMg,
			@Nullable BigDecimal proteinG, @Nullable Boolean active) {

		static final PresetForm EMPTY = new PresetForm(null, null, "tablet", null, null, null, null, null, null, null,
				true);

		static PresetForm of(SupplementPreset preset) {
			SupplementPreset.Content content = preset.content();
			return new PresetForm(preset.version(), content.name(), content.serving(), zeroAsEmpty(content.calciumMg()),
					zeroAsEmpty(content.vitaminDUg()), zeroAsEmpty(content.vitaminKUg()), zeroAsEmpty(content.magnesiumMg()),
					zeroAsEmpty(content.epaMg()), zeroAsEmpty(content.dhaMg()), zeroAsEmpty(content.proteinG()),
					content.active());
		}

		private static @Nullable BigDecimal zeroAsEmpty(BigDecimal amount) {
			return amount.signum() == 0 ? null : amount;
		}

		PresetInput input() {
			return new PresetInput(name, serving, calciumMg, vitaminDUg, vitaminKUg, magnesiumMg, epaMg, dhaMg, proteinG,
					Boolean.TRUE.equals(active));
		}

	}

}
