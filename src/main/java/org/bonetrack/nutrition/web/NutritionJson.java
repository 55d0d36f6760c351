package org.bonetrack.nutrition.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.bonetrack.nutrition.DailyNutrition;
import org.bonetrack.nutrition.Nutrient;
import org.bonetrack.nutrition.internal.DailyTargets;
import org.bonetrack.nutrition.internal.EntryKind;
import org.bonetrack.nutrition.internal.EntryView;
import org.bonetrack.nutrition.internal.Food;
import org.bonetrack.nutrition.internal.NutrientAmounts;
import org.bonetrack.nutrition.internal.SupplementPreset;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the nutrition API, shared by the patient's and the clinician's endpoints. */
final class NutritionJson {

	/** The longest range one request may ask for. */
	static final int MAX_RANGE_DAYS = 366;

	/** Without {@code from}/{@code to}: the 30 days up to today. */
	static final int DEFAULT_RANGE_DAYS = 30;

	private NutritionJson() {
	}

	static Range range(@Nullable LocalDate from, @Nullable LocalDate to, LocalDate today) {
		LocalDate end = to != null ? to : from != null ? from.plusDays(DEFAULT_RANGE_DAYS - 1) : today;
		LocalDate start = from != null ? from : end.minusDays(DEFAULT_RANGE_DAYS - 1);
		if (start.isAfter(end)) {
			throw InvalidInputException.of("from", "nutrition.range.order");
		}
		if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_RANGE_DAYS) {
			throw InvalidInputException.of("to", "nutrition.range.tooLong", MAX_RANGE_DAYS);
		}
		return new Range(start, end);
	}

	record Range(LocalDate from, LocalDate to) {
	}

	/** A day's totals, named as in the API contract; a null total means no entry gave a known amount. */
	record Totals(@Nullable BigDecimal calciumMg, @Nullable BigDecimal vitaminDUg, @Nullable BigDecimal vitaminKUg,
			@Nullable BigDecimal magnesiumMg, BigDecimal supplementalMagnesiumMg, @Nullable BigDecimal epaDhaMg,
			@Nullable BigDecimal proteinG) {

		static Totals of(@Nullable DailyNutrition day) {
			if (day == null) {
				return new Totals(null, null, null, null, BigDecimal.ZERO, null, null);
			}
			return new Totals(day.calciumMg(), day.vitaminDUg(), day.vitaminKUg(), day.magnesiumMg(),
					day.supplementalMagnesiumMg(), day.epaDhaMg(), day.proteinG());
		}

	}

	/** Amounts of the six nutrients; null means unknown. */
	record Nutrients(@Nullable BigDecimal calciumMg, @Nullable BigDecimal vitaminDUg, @Nullable BigDecimal vitaminKUg,
			@Nullable BigDecimal magnesiumMg, @Nullable BigDecimal epaDhaMg, @Nullable BigDecimal proteinG) {

		static Nutrients of(NutrientAmounts amounts) {
			return new Nutrients(amounts.calciumMg(), amounts.vitaminDUg(), amounts.vitaminKUg(), amounts.magnesiumMg(),
					amounts.epaDhaMg(), amounts.proteinG());
		}

	}

	record Targets(BigDecimal calciumMg, BigDecimal vitaminDUg, BigDecimal vitaminKUg, BigDecimal magnesiumMg,
			BigDecimal epaDhaMg, BigDecimal proteinG, BigDecimal calciumUpperLimitMg, BigDecimal vitaminDUpperLimitUg,
			BigDecimal supplementalMagnesiumUpperLimitMg) {

		static Targets of(DailyTargets targets) {
			return new Targets(targets.calciumMg(), targets.vitaminDUg(), targets.vitaminKUg(), targets.magnesiumMg(),
					targets.epaDhaMg(), targets.proteinG(), DailyTargets.CALCIUM_UPPER_LIMIT_MG,
					DailyTargets.VITAMIN_D_UPPER_LIMIT_UG, DailyTargets.SUPPLEMENTAL_MAGNESIUM_UPPER_LIMIT_MG);
		}

	}

	record Day(LocalDate date, int entryCount, Totals totals, List<String> unknownNutrients,
			boolean vitaminKSupplement) {

		static Day of(DailyNutrition day) {
			return new Day(day.date(), day.entryCount(), Totals.of(day), keys(day.unknownNutrients()),
					day.vitaminKSupplement());
		}

	}

	record Days(LocalDate from, LocalDate to, Targets targets, List<Day> days) {
	}

	record DayDetail(LocalDate date, int entryCount, Totals totals, List<String> unknownNutrients,
			boolean vitaminKSupplement, Targets targets, List<Entry> entries) {

		static DayDetail of(LocalDate date, @Nullable DailyNutrition day, DailyTargets targets, List<EntryView> entries) {
			return new DayDetail(date, entries.size(), Totals.of(day), day == null ? List.of() : keys(day.unknownNutrients()),
					day != null && day.vitaminKSupplement(), Targets.of(targets),
					entries.stream().map(Entry::of).toList());
		}

	}

	record Entry(long id, long version, LocalDate date, EntryKind kind, String description, @Nullable Long foodId,
			@Nullable BigDecimal grams, @Nullable BigDecimal portions, @Nullable String portionDescription,
			@Nullable Long supplementId, @Nullable BigDecimal servings, @Nullable String serving, @Nullable String label,
			boolean fromSupplement, @Nullable String source, Nutrients nutrients) {

		static Entry of(EntryView entry) {
			return new Entry(entry.id(), entry.version(), entry.date(), entry.kind(), entry.description(), entry.foodId(),
					entry.grams(), entry.portions(), entry.portionDescription(), entry.supplementId(), entry.servings(),
					entry.serving(), entry.label(), entry.supplemental(), entry.source(), Nutrients.of(entry.amounts()));
		}

	}

	record FoodJson(long id, String ndbNumber, String description, String foodGroup, Nutrients per100g,
			@Nullable Portion portion) {

		static FoodJson of(Food food) {
			return new FoodJson(food.id(), food.ndbNumber(), food.description(), food.foodGroup(),
					Nutrients.of(food.per100g()),
					food.hasPortion() ? new Portion(food.portionDescription(), food.portionGrams()) : null);
		}

	}

	record Portion(String description, BigDecimal grams) {
	}

	record Supplement(long id, String code, String name, String serving, PerServing perServing,
			boolean containsVitaminK) {

		static Supplement of(SupplementPreset preset) {
			var content = preset.content();
			return new Supplement(preset.id(), preset.code(), preset.name(), preset.serving(),
					new PerServing(content.calciumMg(), content.vitaminDUg(), content.vitaminKUg(), content.magnesiumMg(),
							content.epaMg(), content.dhaMg(), preset.perServing().epaDhaMg(), content.proteinG()),
					preset.containsVitaminK());
		}

	}

	record PerServing(BigDecimal calciumMg, BigDecimal vitaminDUg, BigDecimal vitaminKUg, BigDecimal magnesiumMg,
			BigDecimal epaMg, BigDecimal dhaMg, BigDecimal epaDhaMg, BigDecimal proteinG) {
	}

	static List<String> keys(Set<Nutrient> nutrients) {
		return nutrients.stream().sorted().map(Nutrient::key).toList();
	}

	/** The service names nutrient fields as the page form does; the API nests them under {@code nutrients}. */
	static InvalidInputException nested(InvalidInputException ex) {
		Set<String> nutrientFields = Set.of("calciumMg", "vitaminDUg", "vitaminDIu", "vitaminKUg", "magnesiumMg",
				"epaDhaMg", "proteinG");
		return new InvalidInputException(ex.problems()
			.stream()
			.map(problem -> nutrientFields.contains(problem.field())
					? new FieldProblem("nutrients." + problem.field(), problem.code(), problem.args()) : problem)
			.toList());
	}

}
