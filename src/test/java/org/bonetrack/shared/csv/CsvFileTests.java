package org.bonetrack.shared.csv;

import java.nio.charset.StandardCharsets;

import org.bonetrack.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvFileTests {

	@Test
	void readsCommaSeparatedRowsByHeaderWithLineNumbers() {
		CsvFile csv = CsvFile.read(bytes("Date,Exercise Name,Reps\n2026-01-05 10:00:00,\"Squat (Barbell)\",5\n\n2026-01-05 10:00:00,Deadlift,3\n"));

		assertThat(csv.delimiter()).isEqualTo(',');
		assertThat(csv.headers()).containsExactly("Date", "Exercise Name", "Reps");
		assertThat(csv.rows()).hasSize(2);
		assertThat(csv.rows().get(0).get("Exercise Name")).isEqualTo("Squat (Barbell)");
		assertThat(csv.rows().get(0).line()).isEqualTo(2);
	}

	@Test
	void detectsSemicolonsAndDropsAByteOrderMark() {
		CsvFile csv = CsvFile.read(bytes("\uFEFF\"Date\";\"Weight (kg)\"\n\"2026-01-05\";\"61,2\"\n"));

		assertThat(csv.delimiter()).isEqualTo(';');
		assertThat(csv.findHeader("date")).contains("Date");
		assertThat(csv.rows().get(0).get("Weight (kg)")).isEqualTo("61,2");
	}

	@Test
	void missingCellsAreNullNotEmpty() {
		CsvFile csv = CsvFile.read(bytes("Date,Calcium (mg),Vitamin D (IU)\n2026-01-05,,400\n"));

		assertThat(csv.rows().get(0).get("Calcium (mg)")).isNull();
		assertThat(csv.rows().get(0).get("Magnesium (mg)")).isNull();
	}

	@Test
	void emptyBinaryOversizedAndNonCsvFilesAreRefusedOnTheFileField() {
		assertProblem(new byte[0], "import.file.empty");
		assertProblem(new byte[] { 'P', 'K', 3, 4, 0, 0 }, "import.file.binary");
		assertProblem(new byte[CsvFile.MAX_BYTES + 1], "import.file.tooLarge");
		assertProblem(bytes("just one line of prose without columns"), "import.file.notCsv");
		assertProblem(new byte[] { (byte) 0xC3, (byte) 0x28, ',', 'a' }, "import.file.notUtf8");
	}

	private static void assertProblem(byte[] content, String code) {
		assertThatThrownBy(() -> CsvFile.read(content)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.problems()).singleElement().satisfies(problem -> {
					assertThat(problem.field()).isEqualTo("file");
					assertThat(problem.code()).isEqualTo(code);
				}));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
