package org.bonetrack.nutrition;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.nutrition.internal.CronometerImports;
import org.bonetrack.nutrition.internal.CronometerImports.ImportAlreadyFinishedException;
import org.bonetrack.nutrition.internal.EntryInput.FoodInput;
import org.bonetrack.nutrition.internal.EntryInput.ManualInput;
import org.bonetrack.nutrition.internal.EntryInput.NutrientInput;
import org.bonetrack.nutrition.internal.NutritionEntries;
import org.bonetrack.nutrition.internal.NutritionReads;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Cronometer import: upload, preview, confirm once, and never the same day twice. */
@IntegrationTest
class CronometerImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	CronometerImports imports;

	@Autowired
	NutritionLog log;

	@Autowired
	NutritionReads reads;

	@Autowired
	NutritionEntries entries;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDailySummaryIsPreviewedThenImportedWithUnknownsKeptUnknown() throws Exception {
		AuthenticatedUser patient = people.patient();

		long id = upload(patient, "dailysummary.csv");
		mvc.perform(get("/me/imports/cronometer/" + id).with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("4</span> days")))
			.andExpect(content().string(containsString("Calcium (from “Calcium (mg)”)")))
			.andExpect(content().string(containsString("not imported as EPA+DHA")))
			.andExpect(model().attribute("newDays", 4L));
		assertThat(rows(patient)).isZero();

		mvc.perform(post("/me/imports/cronometer/" + id + "/confirm").with(user(patient)).with(csrf()))
			.andExpect(redirectedUrl("/me/nutrition"))
			.andExpect(flash().attribute("message", containsString("Imported 4 days (4 entries)")));

		List<DailyNutrition> days = log.days(patient.id(), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 8));
		assertThat(days).hasSize(4);
		DailyNutrition first = days.get(0);
		assertThat(first.calciumMg()).isEqualByComparingTo("1012.4");
		assertThat(first.vitaminDUg()).isEqualByComparingTo("15"); // 600 IU / 40
		assertThat(first.epaDhaMg()).isNull(); // Cronometer's omega-3 is not EPA+DHA
		assertThat(first.unknownNutrients()).containsExactly(Nutrient.EPA_DHA);
		assertThat(first.supplementalMagnesiumMg()).isEqualByComparingTo("0");
		DailyNutrition sparse = days.get(3);
		assertThat(sparse.calciumMg()).isEqualByComparingTo("640");
		assertThat(sparse.vitaminDUg()).isNull();
		assertThat(sparse.unknownNutrients()).containsExactlyInAnyOrder(Nutrient.VITAMIN_D, Nutrient.VITAMIN_K,
				Nutrient.EPA_DHA, Nutrient.PROTEIN);
		assertThat(jdbc.queryForObject("select count(*) from audit_events where patient_id = ? and action = 'NUTRITION_IMPORTED'",
				Integer.class, patient.id())).isEqualTo(1);
	}

	@Test
	void theImportPageListsThePatientsOwnRecentUploads() throws Exception {
		AuthenticatedUser patient = people.patient();
		AuthenticatedUser other = people.patient();
		imports.confirm(patient.id(), upload(patient, "dailysummary.csv"));
		upload(patient, "servings.csv");
		upload(other, "dailysummary-excel.csv");

		mvc.perform(get("/me/imports/cronometer").with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("imported, 4 days")))
			.andExpect(content().string(containsString("waiting for your confirmation")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("dailysummary-excel.csv"))));
	}

	@Test
	void aConfirmedUploadCannotBeConfirmedAgain() throws Exception {
		AuthenticatedUser patient = people.patient();
		long id = upload(patient, "dailysummary.csv");
		imports.confirm(patient.id(), id);

		mvc.perform(post("/me/imports/cronometer/" + id + "/confirm").with(user(patient)).with(csrf()))
			.andExpect(redirectedUrl("/me/imports/cronometer/" + id))
			.andExpect(flash().attribute("warning", containsString("already imported")));
		assertThatThrownBy(() -> imports.discard(patient.id(), id)).isInstanceOf(ImportAlreadyFinishedException.class);

		assertThat(rows(patient)).isEqualTo(4);
		assertThat(jdbc.queryForObject("select content is null from nutrition_imports where id = ?", Boolean.class, id))
			.isTrue();
	}

	@Test
	void importingTheSameFileAgainAddsNothing() throws Exception {
		AuthenticatedUser patient = people.patient();
		imports.confirm(patient.id(), upload(patient, "dailysummary.csv"));
		List<Long> ids = entryIds(patient);

		long again = upload(patient, "dailysummary.csv");
		mvc.perform(get("/me/imports/cronometer/" + again).with(user(patient)))
			.andExpect(content().string(containsString("You imported this same file on")))
			.andExpect(content().string(containsString("Nothing to import")));
		CronometerImports.ImportResult result = imports.confirm(patient.id(), again);

		assertThat(result.daysSaved()).isZero();
		assertThat(result.daysUnchanged()).isEqualTo(4);
		assertThat(entryIds(patient)).isEqualTo(ids);
	}

	@Test
	void anOverlappingLaterExportReplacesChangedDaysAndAddsNewOnesOnly() throws Exception {
		AuthenticatedUser patient = people.patient();
		imports.confirm(patient.id(), upload(patient, "dailysummary.csv"));
		Long unchangedDayEntry = jdbc.queryForObject(
				"select id from nutrition_entries where patient_id = ? and eaten_on = '2026-01-06'", Long.class, patient.id());
		String later = """
				Date,Calcium (mg),Vitamin D (IU),Vitamin K (µg),Magnesium (mg),Protein (g)
				2026-01-06,845.00,220.00,98.60,280.10,64.25
				2026-01-08,700.00,,,190.00,
				2026-01-09,999.00,400,80,250,60
				""";

		long id = imports.upload(patient.id(), "dailysummary.csv", later.getBytes(StandardCharsets.UTF_8));
		CronometerImports.ImportResult result = imports.confirm(patient.id(), id);

		assertThat(result.daysSaved()).isEqualTo(2); // 01-08 changed, 01-09 new
		assertThat(result.daysUnchanged()).isEqualTo(1); // 01-06 is the same as before
		assertThat(rows(patient)).isEqualTo(5);
		assertThat(jdbc.queryForObject("select id from nutrition_entries where patient_id = ? and eaten_on = '2026-01-06'",
				Long.class, patient.id())).isEqualTo(unchangedDayEntry);
		assertThat(log.day(patient.id(), LocalDate.of(2026, 1, 8)).orElseThrow().calciumMg()).isEqualByComparingTo("700");
		assertThat(log.day(patient.id(), LocalDate.of(2026, 1, 9)).orElseThrow().vitaminDUg()).isEqualByComparingTo("10");
	}

	@Test
	void servingsAreImportedOnePerFoodAndReplaceAnEarlierDailySummaryOfTheDay() throws Exception {
		AuthenticatedUser patient = people.patient();
		imports.confirm(patient.id(), imports.upload(patient.id(), "dailysummary.csv",
				"Date,Calcium (mg)\n2026-03-03,123\n".getBytes(StandardCharsets.UTF_8)));

		CronometerImports.ImportResult result = imports.confirm(patient.id(), upload(patient, "servings.csv"));

		assertThat(result.daysSaved()).isEqualTo(2);
		assertThat(result.entriesSaved()).isEqualTo(6);
		DailyNutrition march2 = log.day(patient.id(), LocalDate.of(2026, 3, 2)).orElseThrow();
		assertThat(march2.entryCount()).isEqualTo(3);
		assertThat(march2.calciumMg()).isEqualByComparingTo("329.16"); // 21.06 + 292.80 + 15.30
		assertThat(march2.vitaminDUg()).isEqualByComparingTo("16.075"); // (0 + 117 + 526) IU / 40
		assertThat(march2.vitaminKUg()).isEqualByComparingTo("1.19"); // 0.70 + 0.49; salmon's cell is empty
		assertThat(march2.isIncomplete(Nutrient.VITAMIN_K)).isTrue();
		DailyNutrition march3 = log.day(patient.id(), LocalDate.of(2026, 3, 3)).orElseThrow();
		assertThat(march3.entryCount()).isEqualTo(3); // the smoothie and two identical almond servings
		assertThat(march3.calciumMg()).isEqualByComparingTo("339.44"); // 188.40 + 75.52 + 75.52, not 123
	}

	@Test
	void anImportedDayKeepsThePatientsOwnEntriesAndThePreviewSaysSo() throws Exception {
		AuthenticatedUser patient = people.patient();
		entries.add(patient.id(), LocalDate.of(2026, 1, 5), new FoodInput(1077L, new BigDecimal("100"), null));
		long id = upload(patient, "dailysummary.csv");

		mvc.perform(get("/me/imports/cronometer/" + id).with(user(patient)))
			.andExpect(content().string(containsString("also have entries you logged in BoneTrack")));
		imports.confirm(patient.id(), id);

		// 1012.40 imported + 113 from 100 g of whole milk
		assertThat(log.day(patient.id(), LocalDate.of(2026, 1, 5)).orElseThrow().calciumMg())
			.isEqualByComparingTo("1125.4");
	}

	@Test
	void rowsWithProblemsAreListedByLineAndTheGoodRowsAreSaved() throws Exception {
		AuthenticatedUser patient = people.patient();
		long id = upload(patient, "dailysummary-with-errors.csv");

		mvc.perform(get("/me/imports/cronometer/" + id).with(user(patient)))
			.andExpect(content().string(containsString("Line 3: “2026-02-31” is not a date")))
			.andExpect(content().string(containsString("Line 4: 2099-01-01 is in the future.")))
			.andExpect(content().string(containsString("Line 5: Calcium (mg) “-12” is outside 0 to 10,000.")))
			.andExpect(content().string(containsString("Line 6: Calcium (mg) “lots” is not a number.")))
			.andExpect(content().string(containsString("Line 7: 2026-02-01 appears a second time (first on line 2).")));
		imports.confirm(patient.id(), id);

		assertThat(reads.entries(patient.id(), LocalDate.of(2026, 2, 1))).hasSize(1);
		assertThat(reads.entries(patient.id(), LocalDate.of(2026, 2, 4))).hasSize(1);
		assertThat(rows(patient)).isEqualTo(2);
	}

	@Test
	void anExcelResavedExportAndAnOlderServingsShapeAreImported() throws Exception {
		AuthenticatedUser patient = people.patient();

		imports.confirm(patient.id(), upload(patient, "dailysummary-excel.csv"));
		imports.confirm(patient.id(), upload(patient, "servings-without-vitamin-d.csv"));

		DailyNutrition excel = log.day(patient.id(), LocalDate.of(2026, 1, 27)).orElseThrow();
		assertThat(excel.vitaminDUg()).isEqualByComparingTo("10"); // 400 IU
		assertThat(excel.vitaminKUg()).isNull(); // no Vitamin K column in that export
		DailyNutrition april = log.day(patient.id(), LocalDate.of(2026, 4, 10)).orElseThrow();
		assertThat(april.calciumMg()).isEqualByComparingTo("211"); // 187 + 24
		assertThat(april.vitaminDUg()).isNull();
	}

	@Test
	void aFileThatCannotBeReadIsRefusedBesideTheFileFieldAndNothingIsKept() throws Exception {
		AuthenticatedUser patient = people.patient();

		mvc.perform(multipart("/me/imports/cronometer").file(new MockMultipartFile("file", "strong.csv", "text/csv",
				"Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n2026-01-01 10:00:00,A,Squat,1,60,5\n"
					.getBytes(StandardCharsets.UTF_8)))
			.with(user(patient))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "file", "nutrition.import.noNutrients"))
			.andExpect(content().string(containsString("none of the nutrients BoneTrack tracks")));
		mvc.perform(multipart("/me/imports/cronometer").file(new MockMultipartFile("file", "empty.csv", "text/csv",
				new byte[0])).with(user(patient)).with(csrf()))
			.andExpect(model().attributeHasFieldErrorCode("form", "file", "import.file.empty"));
		mvc.perform(multipart("/me/imports/cronometer").with(user(patient)).with(csrf()))
			.andExpect(model().attributeHasFieldErrorCode("form", "file", "import.file.empty"));

		assertThat(jdbc.queryForObject("select count(*) from nutrition_imports where patient_id = ?", Integer.class,
				patient.id())).isZero();
	}

	@Test
	void aDiscardedUploadImportsNothingAndDropsTheFile() throws Exception {
		AuthenticatedUser patient = people.patient();
		long id = upload(patient, "dailysummary.csv");

		mvc.perform(post("/me/imports/cronometer/" + id + "/discard").with(user(patient)).with(csrf()))
			.andExpect(redirectedUrl("/me/imports/cronometer"));

		assertThatThrownBy(() -> imports.confirm(patient.id(), id)).isInstanceOf(ImportAlreadyFinishedException.class);
		assertThat(rows(patient)).isZero();
		assertThat(jdbc.queryForObject("select content is null from nutrition_imports where id = ?", Boolean.class, id))
			.isTrue();
	}

	@Test
	void someoneElsesUploadIsNotFound() throws Exception {
		AuthenticatedUser owner = people.patient();
		AuthenticatedUser other = people.patient();
		long id = upload(owner, "dailysummary.csv");

		mvc.perform(get("/me/imports/cronometer/" + id).with(user(other))).andExpect(status().isNotFound());
		mvc.perform(post("/me/imports/cronometer/" + id + "/confirm").with(user(other)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/me/imports/cronometer/" + id + "/discard").with(user(other)).with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(rows(other)).isZero();
		assertThat(rows(owner)).isZero();
	}

	@Test
	void importedEntriesCannotBeEditedButCanBeRemoved() throws Exception {
		AuthenticatedUser patient = people.patient();
		imports.confirm(patient.id(), upload(patient, "dailysummary.csv"));
		long entryId = entryIds(patient).get(0);

		assertThatThrownBy(() -> entries.update(patient.id(), entryId, null, LocalDate.of(2026, 1, 5),
				new ManualInput(null, false, new NutrientInput(BigDecimal.ONE, null, null, null, null, null, null))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).field()).isEqualTo("source"));
		mvc.perform(get("/me/nutrition/entries/" + entryId).with(user(patient)))
			.andExpect(content().string(containsString("imported from Cronometer")));
		mvc.perform(post("/me/nutrition/entries/" + entryId + "/delete").with(user(patient)).with(csrf()))
			.andExpect(redirectedUrlPattern("/me/nutrition/2026-01-0*"));

		assertThat(rows(patient)).isEqualTo(3);
	}

	@Test
	void copyingADayLeavesItsImportedEntriesBehind() throws Exception {
		AuthenticatedUser patient = people.patient();
		imports.confirm(patient.id(), upload(patient, "dailysummary.csv"));
		entries.add(patient.id(), LocalDate.of(2026, 1, 8), new FoodInput(1077L, new BigDecimal("100"), null));

		assertThat(entries.copyDay(patient.id(), LocalDate.of(2026, 1, 8), LocalDate.of(2026, 1, 9))).isEqualTo(1);
	}

	private long upload(AuthenticatedUser patient, String fixture) throws Exception {
		MvcResult result = mvc.perform(multipart("/me/imports/cronometer")
			.file(new MockMultipartFile("file", fixture, "text/csv", fixture(fixture)))
			.with(user(patient))
			.with(csrf())).andExpect(redirectedUrlPattern("/me/imports/cronometer/*")).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private int rows(AuthenticatedUser patient) {
		return jdbc.queryForObject("select count(*) from nutrition_entries where patient_id = ?", Integer.class,
				patient.id());
	}

	private List<Long> entryIds(AuthenticatedUser patient) {
		return jdbc.queryForList("select id from nutrition_entries where patient_id = ? order by id", Long.class,
				patient.id());
	}

	static byte[] fixture(String name) throws IOException {
		try (InputStream in = CronometerImportTests.class.getResourceAsStream("/nutrition/cronometer/" + name)) {
			return in.readAllBytes();
		}
	}

}
