package org.bonetrack.nutrition;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.nutrition.internal.EntryInput.FoodInput;
import org.bonetrack.nutrition.internal.EntryInput.ManualInput;
import org.bonetrack.nutrition.internal.EntryInput.NutrientInput;
import org.bonetrack.nutrition.internal.EntryView;
import org.bonetrack.nutrition.internal.NutritionEntries;
import org.bonetrack.nutrition.internal.NutritionReads;
import org.bonetrack.nutrition.internal.SupplementPresets;
import org.bonetrack.patients.Patients;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class NutritionPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	Patients patients;

	@Autowired
	NutritionEntries entries;

	@Autowired
	NutritionReads reads;

	@Autowired
	NutritionLog log;

	@Autowired
	SupplementPresets supplements;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDaysListShowsLoggedDaysWithTheirShareOfTheTargetAndUnloggedDaysToo() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());
		// 01077 whole milk, 2 cups = 488 g: calcium 113 x 4.88 = 551.44 mg, 46 % of 1200 mg
		entries.add(patient.id(), today.minusDays(2), new FoodInput(1077L, null, new BigDecimal("2")));

		mvc.perform(get("/me/nutrition").with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(NutritionViewsFormat.shortDate(today.minusDays(2)))))
			.andExpect(content().string(containsString("551")))
			.andExpect(content().string(containsString("(46 %)")))
			.andExpect(content().string(containsString("Not logged")))
			.andExpect(content().string(containsString("1,200 mg")));
	}

	@Test
	void olderDaysAreOnLaterPages() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());
		LocalDate old = today.minusDays(20);
		entries.add(patient.id(), old, new FoodInput(1077L, new BigDecimal("100"), null));

		mvc.perform(get("/me/nutrition").with(user(patient)))
			.andExpect(content().string(not(containsString(NutritionViewsFormat.shortDate(old)))))
			.andExpect(content().string(containsString("Page 1 of 2")));
		mvc.perform(get("/me/nutrition").param("page", "1").with(user(patient)))
			.andExpect(content().string(containsString(NutritionViewsFormat.shortDate(old))))
			.andExpect(content().string(containsString("Page 2 of 2")));
	}

	@Test
	void aDayShowsItsEntriesTotalsAgainstTargetsAndUpperLimitWarnings() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate day = patients.today(patient.id()).minusDays(1);
		entries.add(patient.id(), day, new ManualInput("Calcium tablets", true,
				new NutrientInput(new BigDecimal("2100"), null, null, null, new BigDecimal("400"), null, null)));

		mvc.perform(get("/me/nutrition/" + day).with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Calcium tablets")))
			.andExpect(content().string(containsString("2,100 mg")))
			.andExpect(content().string(containsString("175 %")))
			.andExpect(content().string(containsString("above the upper limit of 2,000 mg")))
			.andExpect(content().string(containsString("Magnesium from supplements was 400 mg")))
			// protein target without a recorded weight
			.andExpect(content().string(containsString("60 g")));
	}

	@Test
	void foodSearchWorksWithoutJavaScriptAsAGetFormWithAResultsList() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate day = patients.today(patient.id());

		mvc.perform(get("/me/nutrition/" + day).param("q", "sardines").with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fish, sardine, Atlantic, canned in oil")))
			.andExpect(content().string(containsString("name=\"foodId\" value=\"15088\"")));
		mvc.perform(get("/me/nutrition/" + day + "/food-results").param("q", "kale").with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Kale, raw"), not(containsString("<html")))));
	}

	@Test
	void aPatientAddsAFoodInHouseholdPortionsASupplementAndAmountsInHerVitaminDUnit() throws Exception {
		AuthenticatedUser patient = people.patient(); // a new profile shows vitamin D in IU
		LocalDate day = patients.today(patient.id()).minusDays(1);

		mvc.perform(post("/me/nutrition/" + day + "/foods").with(user(patient)).with(csrf())
			.param("foodId", "1077").param("amount", "1.5").param("unit", "portion").param("q", "milk"))
			.andExpect(redirectedUrl("/me/nutrition/" + day + "?q=milk#add-food"))
			.andExpect(flash().attribute("message", containsString("Milk, whole")));
		mvc.perform(post("/me/nutrition/" + day + "/supplements").with(user(patient)).with(csrf())
			.param("supplementId", String.valueOf(supplements.findByCode("calcium-citrate-315").orElseThrow().id()))
			.param("servings", "2"))
			.andExpect(redirectedUrl("/me/nutrition/" + day));
		mvc.perform(post("/me/nutrition/" + day + "/manual").with(user(patient)).with(csrf())
			.param("label", "Multivitamin").param("vitaminDIu", "800").param("fromSupplement", "true"))
			.andExpect(redirectedUrl("/me/nutrition/" + day));

		DailyNutrition total = log.day(patient.id(), day).orElseThrow();
		// milk 1.5 cups = 366 g: 113 x 3.66 = 413.58; citrate 2 x 315 = 630
		assertThat(total.calciumMg()).isEqualByComparingTo("1043.58");
		// milk 1.3 x 3.66 = 4.758 µg; 800 IU / 40 = 20 µg
		assertThat(total.vitaminDUg()).isEqualByComparingTo("24.758");
		assertThat(reads.entries(patient.id(), day)).extracting(EntryView::amountText)
			.containsExactly("1.5 × 1 cup (366 g)", "2 tablets", "entered by hand, from a supplement");
	}

	@Test
	void absurdAmountsAreExplainedBesideTheirFieldsAndNothingIsSaved() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate day = patients.today(patient.id()).minusDays(1);

		mvc.perform(post("/me/nutrition/" + day + "/foods").with(user(patient)).with(csrf())
			.param("foodId", "1077").param("amount", "10001").param("unit", "g"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("foodForm", "amount", "nutrition.food.grams.range"))
			.andExpect(content().string(containsString("Enter an amount above 0 and up to 10,000 g.")))
			.andExpect(content().string(containsString("value=\"10001\"")));
		mvc.perform(post("/me/nutrition/" + day + "/foods").with(user(patient)).with(csrf())
			.param("foodId", "1077").param("amount", "-1").param("unit", "g"))
			.andExpect(model().attributeHasFieldErrorCode("foodForm", "amount", "nutrition.food.grams.range"));
		mvc.perform(post("/me/nutrition/" + day + "/foods").with(user(patient)).with(csrf())
			.param("foodId", "1077").param("amount", "101").param("unit", "portion"))
			.andExpect(model().attributeHasFieldErrorCode("foodForm", "amount", "nutrition.food.portions.range"));
		mvc.perform(post("/me/nutrition/" + day + "/foods").with(user(patient)).with(csrf())
			.param("foodId", "1293").param("amount", "1").param("unit", "portion"))
			.andExpect(model().attributeHasFieldErrorCode("foodForm", "amount", "nutrition.food.portions.none"));
		mvc.perform(post("/me/nutrition/" + day + "/foods").with(user(patient)).with(csrf())
			.param("foodId", "99999").param("amount", "100").param("unit", "g"))
			.andExpect(model().attributeHasFieldErrorCode("foodForm", "foodId", "nutrition.food.unknown"))
			.andExpect(content().string(containsString("There is no such food in the food table.")));
		mvc.perform(post("/me/nutrition/" + day + "/supplements").with(user(patient)).with(csrf())
			.param("supplementId", "999999").param("servings", "101"))
			.andExpect(model().attributeHasFieldErrorCode("supplementForm", "supplementId", "nutrition.supplement.unknown"))
			.andExpect(model().attributeHasFieldErrorCode("supplementForm", "servings", "nutrition.supplement.servings.range"));
		mvc.perform(post("/me/nutrition/" + day + "/supplements").with(user(patient)).with(csrf())
			.param("supplementId", String.valueOf(supplements.findByCode("magnesium-200").orElseThrow().id()))
			.param("servings", "0"))
			.andExpect(model().attributeHasFieldErrorCode("supplementForm", "servings", "nutrition.supplement.servings.range"));
		mvc.perform(post("/me/nutrition/" + day + "/manual").with(user(patient)).with(csrf())
			.param("calciumMg", "-5").param("vitaminDIu", "100001").param("proteinG", "501"))
			.andExpect(model().attributeHasFieldErrorCode("manualForm", "calciumMg", "nutrition.manual.range"))
			.andExpect(model().attributeHasFieldErrorCode("manualForm", "vitaminDIu", "nutrition.manual.range"))
			.andExpect(model().attributeHasFieldErrorCode("manualForm", "proteinG", "nutrition.manual.range"))
			.andExpect(content().string(containsString("Enter an amount from 0 to 100,000 IU.")))
			.andExpect(content().string(containsString("Enter an amount from 0 to 500 g.")));
		mvc.perform(post("/me/nutrition/" + day + "/manual").with(user(patient)).with(csrf()).param("label", "Nothing"))
			.andExpect(model().attributeHasErrors("manualForm"))
			.andExpect(content().string(containsString("Enter at least one amount above 0.")));
		mvc.perform(post("/me/nutrition/" + day + "/manual").with(user(patient)).with(csrf()).param("calciumMg", "lots"))
			.andExpect(model().attributeHasFieldErrorCode("manualForm", "calciumMg", "typeMismatch"))
			.andExpect(content().string(containsString("value=\"lots\"")));

		assertThat(rows(patient)).isZero();
	}

	@Test
	void aFutureDayCannotBeLogged() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate tomorrow = patients.today(patient.id()).plusDays(1);

		mvc.perform(post("/me/nutrition/" + tomorrow + "/foods").with(user(patient)).with(csrf())
			.param("foodId", "1077").param("amount", "100").param("unit", "g"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("foodForm"))
			.andExpect(content().string(containsString("The date is in the future.")));
		mvc.perform(post("/me/nutrition/" + tomorrow + "/copy-previous").with(user(patient)).with(csrf()))
			.andExpect(flash().attribute("warning", containsString("The date is in the future.")));

		assertThat(rows(patient)).isZero();
	}

	@Test
	void anEntryIsEditedOnItsOwnPageAndAStaleEditIsRefused() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate day = patients.today(patient.id()).minusDays(2);
		EntryView entry = entries.add(patient.id(), day, new FoodInput(1077L, new BigDecimal("200"), null));

		mvc.perform(get("/me/nutrition/entries/" + entry.id()).with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(view().name("nutrition/entry"))
			.andExpect(content().string(containsString("value=\"200\"")));
		mvc.perform(post("/me/nutrition/entries/" + entry.id()).with(user(patient)).with(csrf())
			.param("version", "0").param("date", day.minusDays(1).toString()).param("amount", "300").param("unit", "g"))
			.andExpect(redirectedUrl("/me/nutrition/" + day.minusDays(1)));
		mvc.perform(post("/me/nutrition/entries/" + entry.id()).with(user(patient)).with(csrf())
			.param("version", "0").param("date", day.toString()).param("amount", "50").param("unit", "g"))
			.andExpect(status().isConflict())
			.andExpect(view().name("error/409"));

		EntryView saved = reads.entry(patient.id(), entry.id()).orElseThrow();
		assertThat(saved.grams()).isEqualByComparingTo("300");
		assertThat(saved.date()).isEqualTo(day.minusDays(1));
	}

	@Test
	void handEnteredVitaminDIsShownAgainInThePatientsUnit() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate day = patients.today(patient.id()).minusDays(1);
		EntryView entry = entries.add(patient.id(), day, new ManualInput(null, false,
				new NutrientInput(null, null, new BigDecimal("1234"), null, null, null, null)));

		assertThat(entry.amounts().vitaminDUg()).isEqualByComparingTo("30.85"); // 1234 / 40
		mvc.perform(get("/me/nutrition/entries/" + entry.id()).with(user(patient)))
			.andExpect(content().string(containsString("name=\"vitaminDIu\" value=\"1234\"")));
	}

	@Test
	void anEntryIsRemoved() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate day = patients.today(patient.id()).minusDays(1);
		EntryView entry = entries.add(patient.id(), day, new FoodInput(1077L, new BigDecimal("200"), null));

		mvc.perform(post("/me/nutrition/entries/" + entry.id() + "/delete").with(user(patient)).with(csrf()))
			.andExpect(redirectedUrl("/me/nutrition/" + day));

		assertThat(rows(patient)).isZero();
	}

	@Test
	void someoneElsesEntryIsNotFound() throws Exception {
		AuthenticatedUser owner = people.patient();
		AuthenticatedUser other = people.patient();
		LocalDate day = patients.today(owner.id()).minusDays(1);
		EntryView entry = entries.add(owner.id(), day, new FoodInput(1077L, new BigDecimal("200"), null));

		mvc.perform(get("/me/nutrition/entries/" + entry.id()).with(user(other))).andExpect(status().isNotFound());
		mvc.perform(post("/me/nutrition/entries/" + entry.id()).with(user(other)).with(csrf())
			.param("version", "0").param("date", day.toString()).param("amount", "1").param("unit", "g"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/me/nutrition/entries/" + entry.id() + "/delete").with(user(other)).with(csrf()))
			.andExpect(status().isNotFound());
		// the other patient's day page shows nothing of it
		mvc.perform(get("/me/nutrition/" + day).with(user(other)))
			.andExpect(content().string(containsString("Nothing logged on this day.")));

		assertThat(reads.entry(owner.id(), entry.id()).orElseThrow().grams()).isEqualByComparingTo("200");
	}

	@Test
	void copyYesterdayRepeatsTheEntries() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());
		entries.add(patient.id(), today.minusDays(1), new FoodInput(12061L, new BigDecimal("30"), null));
		entries.add(patient.id(), today.minusDays(1), new FoodInput(1077L, new BigDecimal("244"), null));

		mvc.perform(post("/me/nutrition/" + today + "/copy-previous").with(user(patient)).with(csrf()))
			.andExpect(redirectedUrl("/me/nutrition/" + today))
			.andExpect(flash().attribute("message", containsString("Copied 2 entries")));

		assertThat(reads.entries(patient.id(), today)).hasSize(2);
	}

	@Test
	void everyChangeIsAuditedAsAChangeOfThatDay() throws Exception {
		AuthenticatedUser patient = people.patient();
		LocalDate day = patients.today(patient.id()).minusDays(1);

		mvc.perform(post("/me/nutrition/" + day + "/foods").with(user(patient)).with(csrf())
			.param("foodId", "1077").param("amount", "100").param("unit", "g"));

		assertThat(jdbc.queryForObject("select count(*) from audit_events where patient_id = ? and action = ? and details = ?",
				Integer.class, patient.id(), "NUTRITION_DAY_CHANGED", "nutrition of " + day))
			.isEqualTo(1);
	}

	@Test
	void cliniciansAndAdminsCannotUseThePatientPages() throws Exception {
		mvc.perform(get("/me/nutrition").with(user(people.clinician()))).andExpect(status().isForbidden());
		mvc.perform(get("/me/nutrition").with(user(people.admin()))).andExpect(status().isForbidden());
	}

	private int rows(AuthenticatedUser patient) {
		return jdbc.queryForObject("select count(*) from nutrition_entries where patient_id = ?", Integer.class,
				patient.id());
	}

	/** The days list writes dates like "Mon 26 Jan 2026". */
	static final class NutritionViewsFormat {

		static String shortDate(LocalDate date) {
			return java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.UK).format(date);
		}

	}

}
