package org.bonetrack.nutrition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.bonetrack.nutrition.internal.Food;
import org.bonetrack.nutrition.internal.FoodCatalogue;
import org.bonetrack.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue holds foods.csv as it is: per-100 g values, blanks as unknown, and word search. */
@IntegrationTest
class FoodCatalogueTests {

	@Autowired
	FoodCatalogue foods;

	@Test
	void everyFoodOfTheCsvIsInTheCatalogue() throws IOException {
		long rows;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("nutrition/foods.csv")) {
			rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().count() - 1;
		}
		assertThat(rows).isEqualTo(318);
		assertThat(foods.size()).isEqualTo(rows);
	}

	@Test
	void valuesArePer100GramsWithVitaminKAsPhylloquinonePlusMenaquinone4AndEpaDhaInMilligrams() {
		// 01009 Cheese, cheddar: calcium 710, vitamin D 0.6, K1 2.4, MK-4 8.6, Mg 27, EPA 0.01 g, DHA 0.001 g, protein 22.87
		Food cheddar = foods.find(1009).orElseThrow();
		assertThat(cheddar.ndbNumber()).isEqualTo("01009");
		assertThat(cheddar.per100g().calciumMg()).isEqualByComparingTo("710");
		assertThat(cheddar.per100g().vitaminDUg()).isEqualByComparingTo("0.6");
		assertThat(cheddar.per100g().vitaminKUg()).isEqualByComparingTo("11.0"); // 2.4 + 8.6
		assertThat(cheddar.per100g().magnesiumMg()).isEqualByComparingTo("27");
		assertThat(cheddar.per100g().epaDhaMg()).isEqualByComparingTo("11"); // (0.01 + 0.001) g x 1000
		assertThat(cheddar.per100g().proteinG()).isEqualByComparingTo("22.87");
		assertThat(cheddar.portionLabel()).isEqualTo("1 cup, diced (132 g)");
	}

	@Test
	void aBlankMenaquinoneAddsNothingButABlankPhylloquinoneMakesVitaminKUnknown() {
		// 01004 Cheese, blue: K1 2.4, MK-4 blank
		assertThat(foods.find(1004).orElseThrow().per100g().vitaminKUg()).isEqualByComparingTo("2.4");
		// 01109 Milk, sheep, fluid: vitamin D, K1, MK-4, EPA and DHA all blank
		Food sheepMilk = foods.find(1109).orElseThrow();
		assertThat(sheepMilk.per100g().vitaminDUg()).isNull();
		assertThat(sheepMilk.per100g().vitaminKUg()).isNull();
		assertThat(sheepMilk.per100g().epaDhaMg()).isNull();
		assertThat(sheepMilk.per100g().calciumMg()).isEqualByComparingTo("193");
	}

	@Test
	void aZeroInTheCsvStaysZeroAndIsNotUnknown() {
		// 11457 Spinach, raw: vitamin D 0, EPA 0, DHA 0
		Food spinach = foods.find(11457).orElseThrow();
		assertThat(spinach.per100g().vitaminDUg()).isEqualByComparingTo("0");
		assertThat(spinach.per100g().epaDhaMg()).isEqualByComparingTo("0");
	}

	@Test
	void foodsWithoutAHouseholdPortionHaveNone() {
		assertThat(foods.find(1293).orElseThrow().hasPortion()).isFalse();
	}

	@Test
	void milkFindsMilksFirst() {
		List<Food> results = foods.search("milk", 20);

		assertThat(results).hasSizeGreaterThan(10);
		assertThat(results.subList(0, 10)).allSatisfy(food -> assertThat(food.description()).startsWith("Milk,"));
		assertThat(results).extracting(Food::description).anyMatch(description -> description.startsWith("Cheese"));
	}

	@Test
	void severalWordsMustAllMatch() {
		List<Food> results = foods.search("salmon canned", 20);

		assertThat(results).isNotEmpty()
			.allSatisfy(food -> assertThat(food.description().toLowerCase()).contains("salmon").contains("canned"));
	}

	@Test
	void pluralsWordStartsAndTyposStillFindTheFood() {
		assertThat(foods.search("sardines", 5)).isNotEmpty()
			.allSatisfy(food -> assertThat(food.description().toLowerCase()).contains("sardine"));
		assertThat(foods.search("brocc", 5)).first().extracting(Food::description).asString().startsWith("Broccoli");
		assertThat(foods.search("brocoli", 5)).first().extracting(Food::description).asString().startsWith("Broccoli");
		assertThat(foods.search("soymilk", 5)).first().extracting(Food::description).asString().startsWith("Soymilk");
	}

	@Test
	void queriesWithoutWordsFindNothingAndOperatorCharactersAreHarmless() {
		assertThat(foods.search("", 10)).isEmpty();
		assertThat(foods.search("  &|!():*' ", 10)).isEmpty();
		assertThat(foods.search("kale' & | ! (", 10)).isNotEmpty()
			.allSatisfy(food -> assertThat(food.description()).startsWith("Kale"));
	}

	@Test
	void theNumberOfResultsIsCapped() {
		assertThat(foods.search("a", 500)).hasSizeLessThanOrEqualTo(FoodCatalogue.MAX_RESULTS);
		assertThat(foods.search("fish", 3)).hasSize(3);
	}

}
