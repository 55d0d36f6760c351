package org.bonetrack.nutrition;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.nutrition.internal.EntryInput.FoodInput;
import org.bonetrack.nutrition.internal.EntryView;
import org.bonetrack.nutrition.internal.NutritionEntries;
import org.bonetrack.nutrition.internal.SupplementPresets;
import org.bonetrack.patients.Patients;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class NutritionApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	Patients patients;

	@Autowired
	NutritionEntries entries;

	@Autowired
	SupplementPresets supplements;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void entriesOfEachShapeAreCreatedAndTheDayAddsThemUp() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate day = patients.today(patient.id()).minusDays(1);
		long fishOil = supplements.findByCode("fish-oil-epa-180-dha-120").orElseThrow().id();

		// 16427 Tofu with calcium sulfate: calcium 350, protein 8.08 per 100 g; 0.5 cup = 124 g
		create(patient, """
				{"date": "%s", "foodId": 16427, "portions": 2}""".formatted(day))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/me/nutrition-entries/")))
			.andExpect(jsonPath("$.kind").value("FOOD"))
			.andExpect(jsonPath("$.grams").value(248))
			.andExpect(jsonPath("$.nutrients.calciumMg").value(868)); // 350 x 2.48
		create(patient, """
				{"date": "%s", "supplementId": %d, "servings": 2}""".formatted(day, fishOil))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.nutrients.epaDhaMg").value(600)); // 2 x (180 + 120)
		create(patient, """
				{"date": "%s", "nutrients": {"vitaminDIu": 1000, "magnesiumMg": 100}, "label": "Multi", "fromSupplement": true}
				""".formatted(day))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.nutrients.vitaminDUg").value(25))
			.andExpect(jsonPath("$.fromSupplement").value(true));

		mvc.perform(get("/api/v1/me/nutrition-days/" + day).with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entryCount").value(3))
			.andExpect(jsonPath("$.entries", hasSize(3)))
			.andExpect(jsonPath("$.totals.calciumMg").value(868))
			.andExpect(jsonPath("$.totals.vitaminDUg").value(25)) // tofu has vitamin D 0
			.andExpect(jsonPath("$.totals.magnesiumMg").value(174.4)) // 30 x 2.48 + 100
			.andExpect(jsonPath("$.totals.supplementalMagnesiumMg").value(100))
			.andExpect(jsonPath("$.totals.epaDhaMg").value(600))
			.andExpect(jsonPath("$.totals.proteinG").value(20.0384)) // 8.08 x 2.48
			.andExpect(jsonPath("$.totals.vitaminKUg").value(5.952)) // 2.4 x 2.48
			.andExpect(jsonPath("$.unknownNutrients", hasSize(0)))
			.andExpect(jsonPath("$.targets.proteinG").value(60));
		mvc.perform(get("/api/v1/me/nutrition-days").param("from", day.minusDays(3).toString())
			.param("to", day.toString())
			.with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.days", hasSize(1)))
			.andExpect(jsonPath("$.days[0].date").value(day.toString()))
			.andExpect(jsonPath("$.days[0].totals.calciumMg").value(868));
	}

	@Test
	void unknownNutrientsAreNamedByTheirTotalsKey() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate day = patients.today(patient.id()).minusDays(1);
		// 01109 sheep milk: vitamin D, vitamin K and EPA/DHA blank in foods.csv
		entries.add(patient.id(), day, new FoodInput(1109L, new BigDecimal("100"), null));

		mvc.perform(get("/api/v1/me/nutrition-days/" + day).with(user(patient)))
			.andExpect(jsonPath("$.totals.vitaminDUg").value(nullValue()))
			.andExpect(jsonPath("$.unknownNutrients").value(containsInAnyOrder("vitaminDUg", "vitaminKUg", "epaDhaMg")))
			.andExpect(jsonPath("$.entries[0].nutrients.vitaminKUg").value(nullValue()));
	}

	@Test
	void badEntriesAnswerA400NamingEachFieldAndSaveNothing() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate day = patients.today(patient.id()).minusDays(1);

		create(patient, """
				{"date": "%s", "foodId": 1077, "grams": 10000.5}""".formatted(day))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("grams"))
			.andExpect(jsonPath("$.errors[0].message").value("Enter an amount above 0 and up to 10,000 g."));
		create(patient, """
				{"date": "%s", "foodId": 1077, "portions": 150}""".formatted(day))
			.andExpect(jsonPath("$.errors[0].field").value("portions"));
		create(patient, """
				{"date": "%s", "foodId": 424242, "grams": 100}""".formatted(day))
			.andExpect(jsonPath("$.errors[0].field").value("foodId"));
		create(patient, """
				{"date": "%s", "supplementId": 424242, "servings": 101}""".formatted(day))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("supplementId", "servings")));
		create(patient, """
				{"date": "%s", "nutrients": {"calciumMg": -1, "vitaminDUg": 2501, "epaDhaMg": 20001}}""".formatted(day))
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("nutrients.calciumMg", "nutrients.vitaminDUg", "nutrients.epaDhaMg")));
		create(patient, """
				{"date": "%s", "nutrients": {"vitaminDUg": 10, "vitaminDIu": 400}}""".formatted(day))
			.andExpect(jsonPath("$.errors[0].field").value("nutrients.vitaminDIu"));
		create(patient, """
				{"date": "%s", "nutrients": {}}""".formatted(day))
			.andExpect(jsonPath("$.errors[0].field").value("nutrients"));
		create(patient, """
				{"date": "%s", "foodId": 1077, "grams": 100}""".formatted(day.plusDays(2)))
			.andExpect(jsonPath("$.errors[0].field").value("date"))
			.andExpect(jsonPath("$.errors[0].message").value("The date is in the future. Log a day once it has begun."));
		create(patient, """
				{"foodId": 1077, "grams": 100}""")
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		create(patient, """
				{"date": "%s"}""".formatted(day))
			.andExpect(jsonPath("$.errors[0].field").value("foodId"));
		create(patient, """
				{"date": "%s", "foodId": 1077, "grams": 100, "supplementId": 1, "servings": 1}""".formatted(day))
			.andExpect(jsonPath("$.errors[0].field").value("supplementId"));
		create(patient, """
				{"date": "%s", "foodId": 1077, "grams": "a lot"}""".formatted(day))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("grams"));

		assertThat(jdbc.queryForObject("select count(*) from nutrition_entries where patient_id = ?", Integer.class,
				patient.id()))
			.isZero();
	}

	@Test
	void anEntryIsReplacedAndRemovedAndAStaleReplacementConflicts() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate day = patients.today(patient.id()).minusDays(1);
		EntryView entry = entries.add(patient.id(), day, new FoodInput(1077L, new BigDecimal("100"), null));

		mvc.perform(put("/api/v1/me/nutrition-entries/" + entry.id()).with(user(patient)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"date": "%s", "version": 0, "foodId": 12061, "grams": 30}""".formatted(day)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.foodId").value(12061))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.nutrients.magnesiumMg").value(81)); // almonds 270 x 0.3
		mvc.perform(put("/api/v1/me/nutrition-entries/" + entry.id()).with(user(patient)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"date": "%s", "version": 0, "foodId": 1077, "grams": 50}""".formatted(day)))
			.andExpect(status().isConflict());
		mvc.perform(delete("/api/v1/me/nutrition-entries/" + entry.id()).with(user(patient)).with(csrf().asHeader()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me/nutrition-entries/" + entry.id()).with(user(patient)))
			.andExpect(status().isNotFound());
	}

	@Test
	void someoneElsesEntryIsNotFound() throws Exception {
		AuthenticatedUser owner = people.patient();
		AuthenticatedUser other = people.patient();
		LocalDate day = patients.today(owner.id()).minusDays(1);
		EntryView entry = entries.add(owner.id(), day, new FoodInput(1077L, new BigDecimal("100"), null));

		mvc.perform(get("/api/v1/me/nutrition-entries/" + entry.id()).with(user(other)))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/me/nutrition-entries/" + entry.id()).with(user(other)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"date": "%s", "foodId": 1077, "grams": 1}""".formatted(day)))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/me/nutrition-entries/" + entry.id()).with(user(other)).with(csrf().asHeader()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/me/nutrition-days/" + day).with(user(other)))
			.andExpect(jsonPath("$.entries", hasSize(0)));

		assertThat(jdbc.queryForObject("select grams from nutrition_entries where id = ?", BigDecimal.class, entry.id()))
			.isEqualByComparingTo("100");
	}

	@Test
	void rangesAreCheckedAndDefaultToTheLast30Days() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());

		mvc.perform(get("/api/v1/me/nutrition-days").with(user(patient)))
			.andExpect(jsonPath("$.from").value(today.minusDays(29).toString()))
			.andExpect(jsonPath("$.to").value(today.toString()));
		mvc.perform(get("/api/v1/me/nutrition-days").param("from", "2026-03-01").param("to", "2026-02-01")
			.with(user(patient)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		mvc.perform(get("/api/v1/me/nutrition-days").param("from", "2024-01-01").param("to", "2026-01-01")
			.with(user(patient)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(get("/api/v1/me/nutrition-days").param("from", "yesterday").with(user(patient)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
	}

	@Test
	void foodsAreSearchedByWordsAndTheSupplementsListed() throws Exception {
		AuthenticatedUser patient = people.patient();

		mvc.perform(get("/api/v1/foods").param("q", "milk").with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].description", startsWith("Milk,")))
			.andExpect(jsonPath("$[0].per100g.calciumMg").isNumber())
			.andExpect(jsonPath("$[0].portion.grams").isNumber());
		mvc.perform(get("/api/v1/foods").param("q", "sheep milk").with(user(patient)))
			.andExpect(jsonPath("$[0].id").value(1109))
			.andExpect(jsonPath("$[0].per100g.vitaminDUg").value(nullValue()));
		mvc.perform(get("/api/v1/foods").with(user(patient)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("q"));
		mvc.perform(get("/api/v1/supplements").with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'vitamin-k2-mk7-180')].containsVitaminK").value(hasItem(true)))
			.andExpect(jsonPath("$[?(@.code == 'vitamin-d3-2000-iu')].perServing.vitaminDUg").value(hasItem(50)))
			.andExpect(jsonPath("$[?(@.code == 'calcium-carbonate-500')].containsVitaminK").value(hasItem(false)))
			.andExpect(jsonPath("$[?(@.code == 'fish-oil-epa-180-dha-120')].perServing.epaDhaMg").value(hasItem(300)));
	}

	@Test
	void cliniciansAndAdminsMayNotUseThePatientsEndpoints() throws Exception {
		mvc.perform(get("/api/v1/me/nutrition-days").with(user(people.clinician()))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/me/nutrition-days").with(user(people.admin()))).andExpect(status().isForbidden());
	}

	private ResultActions create(AuthenticatedUser patient, String json) throws Exception {
		return mvc.perform(post("/api/v1/me/nutrition-entries").with(user(patient)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

}
