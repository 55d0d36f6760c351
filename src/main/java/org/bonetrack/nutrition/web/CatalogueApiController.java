package org.bonetrack.nutrition.web;

import java.util.List;

import org.bonetrack.nutrition.internal.FoodCatalogue;
import org.bonetrack.nutrition.internal.SupplementPresets;
import org.bonetrack.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The food table and the supplement presets, for anyone signed in (no patient data here). */
@RestController
@RequestMapping("/api/v1")
class CatalogueApiController {

	private final FoodCatalogue foods;

	private final SupplementPresets supplements;

	CatalogueApiController(FoodCatalogue foods, SupplementPresets supplements) {
		this.foods = foods;
		this.supplements = supplements;
	}

	/** Foods matching the words of {@code q}, best first, with their nutrients per 100 g (null: unknown). */
	@GetMapping("/foods")
	List<NutritionJson.FoodJson> foods(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "20") int limit) {
		if (q == null || q.isBlank()) {
			throw InvalidInputException.of("q", "nutrition.foods.query.required");
		}
		return foods.search(q, limit).stream().map(NutritionJson.FoodJson::of).toList();
	}

	/** The supplement presets patients can log now. */
	@GetMapping("/supplements")
	List<NutritionJson.Supplement> supplements() {
		return supplements.active().stream().map(NutritionJson.Supplement::of).toList();
	}

}
