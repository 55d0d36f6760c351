package org.bonetrack.nutrition.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.nutrition.internal.DailyTargets;
import org.bonetrack.nutrition.internal.EntryInput;
import org.bonetrack.nutrition.internal.EntryInput.NutrientInput;
import org.bonetrack.nutrition.internal.EntryView;
import org.bonetrack.nutrition.internal.NutritionEntries;
import org.bonetrack.nutrition.internal.NutritionReads;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.RecordNotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The patient's nutrition days and entries as JSON. */
@RestController
@RequestMapping("/api/v1/me")
class NutritionApiController {

	private final Patients patients;

	private final NutritionReads reads;

	private final NutritionEntries entries;

	NutritionApiController(Patients patients, NutritionReads reads, NutritionEntries entries) {
		this.patients = patients;
		this.reads = reads;
		this.entries = entries;
	}

	/** The days with entries between {@code from} and {@code to} (default: the last 30 days). */
	@GetMapping("/nutrition-days")
	NutritionJson.Days days(@AuthenticationPrincipal AuthenticatedUser user,
			@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to) {
		NutritionJson.Range range = NutritionJson.range(from, to, patients.today(user.id()));
		return new NutritionJson.Days(range.from(), range.to(),
				NutritionJson.Targets.of(DailyTargets.forWeight(patients.profile(user.id()).latestWeightKg())),
				reads.days(user.id(), range.from(), range.to()).stream().map(NutritionJson.Day::of).toList());
	}

	@GetMapping("/nutrition-days/{date}")
	NutritionJson.DayDetail day(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable LocalDate date) {
		return NutritionJson.DayDetail.of(date, reads.days(user.id(), date, date).stream().findFirst().orElse(null),
				DailyTargets.forWeight(patients.profile(user.id()).latestWeightKg()), reads.entries(user.id(), date));
	}

	@GetMapping("/nutrition-entries/{id}")
	NutritionJson.Entry entry(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id) {
		return reads.entry(user.id(), id)
			.map(NutritionJson.Entry::of)
			.orElseThrow(() -> RecordNotFoundException.of("Nutrition entry", id));
	}

	@PostMapping("/nutrition-entries")
	ResponseEntity<NutritionJson.Entry> create(@AuthenticationPrincipal AuthenticatedUser user,
			@RequestBody EntryRequest request) {
		try {
			EntryView entry = entries.add(user.id(), request.date(), request.input());
			return ResponseEntity.created(URI.create("/api/v1/me/nutrition-entries/" + entry.id()))
				.body(NutritionJson.Entry.of(entry));
		}
		catch (InvalidInputException ex) {
			throw NutritionJson.nested(ex);
		}
	}

	/** Replaces the entry; with {@code version}, a stale copy answers 409 instead of overwriting. */
	@PutMapping("/nutrition-entries/{id}")
	NutritionJson.Entry update(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id,
			@RequestBody EntryRequest request) {
		try {
			return NutritionJson.Entry.of(entries.update(user.id(), id, request.version(), request.date(), request.input()));
		}
		catch (InvalidInputException ex) {
			throw NutritionJson.nested(ex);
		}
	}

	@DeleteMapping("/nutrition-entries/{id}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id) {
		entries.delete(user.id(), id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * An entry: {@code date} and exactly one of {@code {foodId, grams | portions}},
	 * {@code {supplementId, servings}} or {@code {nutrients: {...}, label?, fromSupplement?}}.
	 */
	record EntryRequest(@Nullable LocalDate date, @Nullable Long version, @Nullable Long foodId,
			@Nullable BigDecimal grams, @Nullable BigDecimal portions, @Nullable Long supplementId,
			@Nullable BigDecimal servings, @Nullable NutrientsRequest nutrients, @Nullable String label,
			@Nullable Boolean fromSupplement) {

		EntryInput input() {
			boolean food = foodId != null || grams != null || portions != null;
			boolean supplement = supplementId != null || servings != null;
			boolean manual = nutrients != null || label != null || fromSupplement != null;
			int shapes = (food ? 1 : 0) + (supplement ? 1 : 0) + (manual ? 1 : 0);
			if (shapes == 0) {
				throw InvalidInputException.of("foodId", "nutrition.entry.shape.none");
			}
			if (shapes > 1) {
				throw InvalidInputException.of(food ? (supplement ? "supplementId" : "nutrients") : "nutrients",
						"nutrition.entry.shape.many");
			}
			if (food) {
				return new EntryInput.FoodInput(foodId, grams, portions);
			}
			if (supplement) {
				return new EntryInput.SupplementInput(supplementId, servings);
			}
			NutrientsRequest amounts = nutrients == null ? new NutrientsRequest(null, null, null, null, null, null, null)
					: nutrients;
			return new EntryInput.ManualInput(label, Boolean.TRUE.equals(fromSupplement),
					new NutrientInput(amounts.calciumMg(), amounts.vitaminDUg(), amounts.vitaminDIu(),
							amounts.vitaminKUg(), amounts.magnesiumMg(), amounts.epaDhaMg(), amounts.proteinG()));
		}

	}

	/** Amounts in canonical units; vitamin D in micrograms ({@code vitaminDUg}) or IU ({@code vitaminDIu}). */
	record NutrientsRequest(@Nullable BigDecimal calciumMg, @Nullable BigDecimal vitaminDUg,
			@Nullable BigDecimal vitaminDIu, @Nullable BigDecimal vitaminKUg, @Nullable BigDecimal magnesiumMg,
			@Nullable BigDecimal epaDhaMg, @Nullable BigDecimal proteinG) {
	}

}
