package org.bonetrack.nutrition.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.bonetrack.nutrition.Nutrient;
import org.bonetrack.nutrition.internal.CronometerExport.ImportedDay;
import org.bonetrack.nutrition.internal.CronometerExport.RowProblem;
import org.bonetrack.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading Cronometer exports of every shape seen in the wild, without the database. */
class CronometerExportTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	@Test
	void theDailySummaryIsReadByHeaderTextWithVitaminDConvertedFromIu() throws IOException {
		CronometerExport export = CronometerExport.read(fixture("dailysummary.csv"), TODAY);

		assertThat(export.format()).isEqualTo(ImportFormat.CRONOMETER_DAILY_SUMMARY);
		assertThat(export.importedColumns()).containsKeys(Nutrient.CALCIUM, Nutrient.VITAMIN_D, Nutrient.VITAMIN_K,
				Nutrient.MAGNESIUM, Nutrient.PROTEIN);
		assertThat(export.missingNutrients()).containsExactly(Nutrient.EPA_DHA);
		assertThat(export.omega3Exported()).isTrue();
		assertThat(export.days()).hasSize(4);
		NutrientAmounts first = export.days().get(0).entries().get(0).amounts();
		assertThat(first.calciumMg()).isEqualByComparingTo("1012.40");
		assertThat(first.vitaminDUg()).isEqualByComparingTo("15"); // 600 IU / 40
		assertThat(first.vitaminKUg()).isEqualByComparingTo("154.20");
		assertThat(first.magnesiumMg()).isEqualByComparingTo("312.75");
		assertThat(first.proteinG()).isEqualByComparingTo("71.30");
		// omega-3 (1.84 g in the file) is total omega-3, not EPA+DHA: not imported
		assertThat(first.epaDhaMg()).isNull();
	}

	@Test
	void emptyCellsStayUnknownInsteadOfBecomingZero() throws IOException {
		ImportedDay sparse = CronometerExport.read(fixture("dailysummary.csv"), TODAY).days().get(3);

		assertThat(sparse.date()).isEqualTo(LocalDate.of(2026, 1, 8));
		NutrientAmounts amounts = sparse.entries().get(0).amounts();
		assertThat(amounts.calciumMg()).isEqualByComparingTo("640");
		assertThat(amounts.magnesiumMg()).isEqualByComparingTo("190");
		assertThat(amounts.vitaminDUg()).isNull();
		assertThat(amounts.vitaminKUg()).isNull();
		assertThat(amounts.proteinG()).isNull();
	}

	@Test
	void anExcelResaveWithUsDatesFalseAndNoVitaminKColumnIsTolerated() throws IOException {
		CronometerExport export = CronometerExport.read(fixture("dailysummary-excel.csv"), TODAY);

		assertThat(export.problems()).isEmpty();
		assertThat(export.slashDatesSeen()).isTrue();
		assertThat(export.slashDatesDayFirst()).isFalse();
		assertThat(export.days()).extracting(ImportedDay::date)
			.containsExactly(LocalDate.of(2026, 1, 27), LocalDate.of(2026, 1, 28));
		assertThat(export.missingNutrients()).containsExactly(Nutrient.VITAMIN_K, Nutrient.EPA_DHA);
		NutrientAmounts second = export.days().get(1).entries().get(0).amounts();
		assertThat(second.vitaminDUg()).isEqualByComparingTo("25"); // 1000 IU
		assertThat(second.vitaminKUg()).isNull();
	}

	@Test
	void badRowsAreReportedWithTheirLineNumbersAndTheGoodOnesKept() throws IOException {
		CronometerExport export = CronometerExport.read(fixture("dailysummary-with-errors.csv"), TODAY);

		assertThat(export.days()).extracting(ImportedDay::date)
			.containsExactly(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 4));
		assertThat(export.problems()).extracting(RowProblem::line, RowProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "nutrition.import.row.badDate"),
					org.assertj.core.groups.Tuple.tuple(4L, "nutrition.import.row.futureDate"),
					org.assertj.core.groups.Tuple.tuple(5L, "nutrition.import.row.outOfRange"),
					org.assertj.core.groups.Tuple.tuple(6L, "nutrition.import.row.notNumber"),
					org.assertj.core.groups.Tuple.tuple(7L, "nutrition.import.row.duplicateDate"));
	}

	@Test
	void servingsBecomeOneEntryPerFoodAndIdenticalServingsAreAllKept() throws IOException {
		CronometerExport export = CronometerExport.read(fixture("servings.csv"), TODAY);

		assertThat(export.format()).isEqualTo(ImportFormat.CRONOMETER_SERVINGS);
		assertThat(export.days()).hasSize(2);
		ImportedDay second = export.days().get(1);
		assertThat(second.entries()).extracting(CronometerExport.ImportedEntry::label)
			.containsExactly("My Green Smoothie, 1.00 full recipe", "Almonds, 2.00 x 20.0 pieces",
					"Almonds, 2.00 x 20.0 pieces");
		assertThat(second.entries()).extracting(CronometerExport.ImportedEntry::sourceKey)
			.doesNotHaveDuplicates();
		// an empty cell of one serving stays unknown
		assertThat(second.entries().get(0).amounts().vitaminDUg()).isNull();
		assertThat(export.days().get(0).entries().get(1).amounts().vitaminDUg()).isEqualByComparingTo("2.925"); // 117 IU
	}

	@Test
	void anOlderServingsShapeWithATimeColumnAndNoVitaminDIsRead() throws IOException {
		CronometerExport export = CronometerExport.read(fixture("servings-without-vitamin-d.csv"), TODAY);

		assertThat(export.missingNutrients()).containsExactly(Nutrient.VITAMIN_D, Nutrient.EPA_DHA);
		assertThat(export.days()).singleElement()
			.satisfies(day -> assertThat(day.entries()).extracting(entry -> entry.amounts().calciumMg())
				.usingElementComparator(java.math.BigDecimal::compareTo)
				.containsExactly(new java.math.BigDecimal("187"), new java.math.BigDecimal("24")));
	}

	@Test
	void headersAreMatchedWhateverTheirOrderCaseAndMicroSign() {
		String csv = "protein (G);VITAMIN K (mcg);Date;Calcium (mg);Vitamin D (\u03bcg)\n"
				+ "70;12,5;2026-05-01;\"1,234.5\";10\n" + "\"1.234,5\";1;2026-05-02;1;1\n";

		CronometerExport export = CronometerExport.read(csv.getBytes(StandardCharsets.UTF_8), TODAY);

		NutrientAmounts amounts = export.days().get(0).entries().get(0).amounts();
		// a semicolon file may use decimal commas; "1,234.5" is a thousands separator
		assertThat(amounts.vitaminKUg()).isEqualByComparingTo("12.5");
		assertThat(amounts.calciumMg()).isEqualByComparingTo("1234.5");
		assertThat(amounts.vitaminDUg()).isEqualByComparingTo("10"); // already micrograms
		assertThat(amounts.proteinG()).isEqualByComparingTo("70");
		// a row with an unreadable number is left out as a whole
		assertThat(export.days()).hasSize(1);
		assertThat(export.problems()).extracting(RowProblem::code).containsExactly("nutrition.import.row.notNumber");
	}

	@Test
	void dayFirstSlashDatesAreRecognisedFromTheFileAsAWhole() {
		String csv = "Date,Calcium (mg)\n03/02/2026,500\n27/02/2026,600\n";

		CronometerExport export = CronometerExport.read(csv.getBytes(StandardCharsets.UTF_8), TODAY);

		assertThat(export.slashDatesDayFirst()).isTrue();
		assertThat(export.days()).extracting(ImportedDay::date)
			.containsExactly(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 27));
	}

	@Test
	void aFileWithBothDateOrdersCannotBeReadAsEither() {
		String csv = "Date,Calcium (mg)\n13/02/2026,500\n02/13/2026,600\n2026-02-14,700\n";

		CronometerExport export = CronometerExport.read(csv.getBytes(StandardCharsets.UTF_8), TODAY);

		assertThat(export.days()).extracting(ImportedDay::date).containsExactly(LocalDate.of(2026, 2, 14));
		assertThat(export.problems()).extracting(RowProblem::code)
			.containsOnly("nutrition.import.row.ambiguousDate");
	}

	@Test
	void aDayWithNoneOfTheTrackedNutrientsIsSkippedNotAnError() {
		String csv = "Date,Energy (kcal),Calcium (mg)\n2026-05-01,1500,\n2026-05-02,1600,300\n";

		CronometerExport export = CronometerExport.read(csv.getBytes(StandardCharsets.UTF_8), TODAY);

		assertThat(export.days()).hasSize(1);
		assertThat(export.problems()).isEmpty();
		assertThat(export.skipped()).extracting(RowProblem::line).containsExactly(2L);
	}

	@Test
	void filesThatAreNotCronometerExportsAreRefusedAsAWhole() {
		assertFileProblem("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps\n2026-01-01 10:00:00,A,1h,Squat,1,60,5\n",
				"nutrition.import.noNutrients");
		assertFileProblem("Title,Calcium (mg)\nx,5\n", "nutrition.import.notCronometer");
		assertFileProblem("Date,Calcium (mg)\n", "nutrition.import.noRows");
		assertFileProblem("", "import.file.empty");
		assertThatThrownBy(() -> CronometerExport.read(new byte[] { 'D', 0, 1, 2 }, TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).code()).isEqualTo("import.file.binary"));
	}

	@Test
	void theSameDayContentGivesTheSameDigestAndAnyChangeAnotherOne() {
		byte[] original = "Date,Calcium (mg)\n2026-05-01,500\n".getBytes(StandardCharsets.UTF_8);
		byte[] reordered = "Calcium (mg),Date,Energy (kcal)\n500.0,2026-05-01,1800\n".getBytes(StandardCharsets.UTF_8);
		byte[] changed = "Date,Calcium (mg)\n2026-05-01,501\n".getBytes(StandardCharsets.UTF_8);

		String digest = CronometerExport.read(original, TODAY).days().get(0).digest();

		assertThat(CronometerExport.read(reordered, TODAY).days().get(0).digest()).isEqualTo(digest);
		assertThat(CronometerExport.read(changed, TODAY).days().get(0).digest()).isNotEqualTo(digest);
	}

	private static void assertFileProblem(String csv, String code) {
		assertThatThrownBy(() -> CronometerExport.read(csv.getBytes(StandardCharsets.UTF_8), TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.problems().get(0).field()).isEqualTo("file");
				assertThat(ex.problems().get(0).code()).isEqualTo(code);
			});
	}

	static byte[] fixture(String name) throws IOException {
		try (InputStream in = CronometerExportTests.class.getResourceAsStream("/nutrition/cronometer/" + name)) {
			return in.readAllBytes();
		}
	}

}
