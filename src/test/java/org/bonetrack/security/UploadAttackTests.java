package org.bonetrack.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.bonetrack.security.SecurityWorld.Who;
import org.bonetrack.security.SecurityWorld.World;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.csv.CsvFile;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.Routes;
import org.bonetrack.support.Routes.Route;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Hostile files sent to every upload: too large, binary, in the wrong encoding, empty, not CSV,
 * broken quoting, spreadsheet formulas. Each is refused with a clear answer (a 4xx, or the form
 * again with its error) and saves nothing; never a server error. Each upload route is one line
 * in {@link #TARGETS}; {@link #everyUploadRouteIsATarget} fails for a multipart route without one.
 */
@IntegrationTest
@Import(SecurityWorld.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadAttackTests {

	/**
	 * An upload: who sends it, where, in which form field, and how many rows it has saved for
	 * that person so far (which a refused file must not change).
	 */
	record Target(Who who, String path, String field, ToLongFunction<Rows> savedRows) {

		@Override
		public String toString() {
			return "POST " + path + " as " + who;
		}

	}

	/** Counts rows for the person a target's upload acts as. */
	record Rows(JdbcTemplate jdbc, World world) {

		long count(String table, long patientId) {
			return jdbc.queryForObject("select count(*) from " + table + " where patient_id = ?", Long.class, patientId);
		}

	}

	/** Paths may hold {patientId} (the attacker's own patient) and {source:…} (an importer). */
	static final List<Target> TARGETS = List.of(
			new Target(Who.CLINICIAN, "/clinician/patients/{patientId}/dexa/import", "file",
					rows -> rows.count("dexa_scans", rows.world().patient().id())),
			new Target(Who.PATIENT, "/me/imports/{source:strong|hevy}", "file",
					rows -> rows.count("exercise_sessions", rows.world().patient().id())),
			new Target(Who.PATIENT, "/me/imports/cronometer", "file",
					rows -> rows.count("nutrition_entries", rows.world().patient().id())));

	/** Import routes that take no file, and why. */
	static final List<String> NOT_UPLOADS = List.of(
			"/clinician/patients/{patientId}/dexa/import/confirm: sends back the checked bundle, not a file",
			"/me/imports/{source:strong|hevy}/{id}: confirms a stored upload by its id (attacked in IdorTests)",
			"/me/imports/cronometer/{id}/confirm: confirms a stored upload by its id (attacked in IdorTests)",
			"/me/imports/cronometer/{id}/discard: drops a stored upload by its id (attacked in IdorTests)");

	/**
	 * A hostile file: its name, content type and bytes, and whether it is malformed (the shared
	 * CSV reader refuses it) or well-formed but dangerous in its cells (importers must keep such
	 * cells as inert text).
	 */
	record Attack(String name, String filename, String contentType, byte[] content, boolean malformed) {

		Attack(String name, String filename, String contentType, byte[] content) {
			this(name, filename, contentType, content, true);
		}

		@Override
		public String toString() {
			return name;
		}

	}

	static final List<Attack> ATTACKS = List.of(
			new Attack("one byte over the limit", "big.csv", "text/csv", oversized()),
			new Attack("an empty file", "empty.csv", "text/csv", new byte[0]),
			new Attack("a binary file named .csv", "photo.csv", "text/csv",
					new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R' }),
			new Attack("text that is not UTF-8", "latin1.csv", "text/csv",
					"Date,Exercise Name\n2026-01-05,Kniebeuge \u00e4\u00f6\u00fc\n".getBytes(StandardCharsets.ISO_8859_1)),
			new Attack("UTF-16 text", "utf16.csv", "text/csv", "Date,Food Name\n2026-01-05,Milk\n".getBytes(StandardCharsets.UTF_16)),
			new Attack("one column only", "single.csv", "text/csv", "just one column\nvalue\n".getBytes(StandardCharsets.UTF_8)),
			new Attack("an unclosed quote", "quote.csv", "text/csv",
					"Date,Name\n2026-01-05,\"never closed\n".getBytes(StandardCharsets.UTF_8)),
			new Attack("spreadsheet formulas in the cells", "formula.csv", "text/csv",
					"Date,Name,Notes\n=1+2,+cmd|' /C calc'!A0,@SUM(A1:A2)\n-2+3,=HYPERLINK(\"http://x\"),ok\n"
						.getBytes(StandardCharsets.UTF_8), false),
			new Attack("markup in the cells", "markup.csv", "text/csv",
					"Date,Name\n2026-01-05,<script>alert(1)</script>\n".getBytes(StandardCharsets.UTF_8), false),
			new Attack("a zip bomb's header", "archive.csv", "application/zip",
					new byte[] { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0 }));

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	SecurityWorld worlds;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MultipartProperties multipart;

	private World world;

	@BeforeAll
	void createWorld() {
		world = worlds.create();
	}

	Stream<Arguments> targetsAndAttacks() {
		return TARGETS.stream().flatMap(target -> ATTACKS.stream().map(attack -> Arguments.of(target, attack)));
	}

	@ParameterizedTest(name = "{0}: {1}", allowZeroInvocations = true)
	@MethodSource("targetsAndAttacks")
	void aHostileFileIsRefusedClearlyAndSavesNothing(Target target, Attack attack) throws Exception {
		assertThat(multipart.getMaxFileSize().toBytes()).as(
				"spring.servlet.multipart.max-file-size must admit %s bytes (the %s), or the real server refuses the "
						+ "file before the CSV reader can explain why beside the field", attack.content().length, attack)
			.isGreaterThanOrEqualTo(attack.content().length);
		assertThat(multipart.getMaxRequestSize().toBytes()).as("spring.servlet.multipart.max-request-size")
			.isGreaterThan(multipart.getMaxFileSize().toBytes());
		Rows rows = new Rows(jdbc, world);
		long before = target.savedRows().applyAsLong(rows);

		String path = target.path()
			.replace("{patientId}", String.valueOf(world.patient().id()))
			.replace("{source:strong|hevy}", "strong");
		var response = mvc.perform(multipart(path)
			.file(new MockMultipartFile(target.field(), attack.filename(), attack.contentType(), attack.content()))
			.with(world.as(target.who()))
			.with(csrf())).andReturn().getResponse();

		assertThat(response.getStatus()).as("%s: %s", target, attack).isLessThan(500);
		if (response.getStatus() == 200) {
			assertThat(response.getContentAsString()).as("%s: %s is explained on the page", target, attack)
				.contains("aria-invalid=\"true\"");
		}
		assertThat(target.savedRows().applyAsLong(rows)).as("rows saved after %s: %s", target, attack).isEqualTo(before);
	}

	List<Attack> malformedFiles() {
		return ATTACKS.stream().filter(Attack::malformed).toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformedFiles")
	void theSharedCsvReaderRefusesEveryMalformedFileOnTheFileField(Attack attack) {
		assertThatThrownBy(() -> CsvFile.read(attack.content())).isInstanceOfSatisfying(InvalidInputException.class,
				refusal -> assertThat(refusal.problems()).extracting(problem -> problem.field()).containsOnly("file"));
	}

	@Test
	void everyUploadRouteIsATarget() {
		List<String> listed = TARGETS.stream().map(target -> target.path()).toList();
		List<Route> uploads = Routes.of(context)
			.stream()
			.filter(route -> !route.safe())
			.filter(route -> route.pattern().contains("import") || route.pattern().contains("upload"))
			.filter(route -> NOT_UPLOADS.stream().noneMatch(reason -> reason.startsWith(route.pattern() + ":")))
			.filter(route -> listed.stream().noneMatch(path -> route.pattern().equals(path)))
			.toList();

		assertThat(uploads).as("upload routes without a line in UploadAttackTests.TARGETS").isEmpty();
	}

	private static byte[] oversized() {
		byte[] content = new byte[CsvFile.MAX_BYTES + 1];
		byte[] line = "2026-01-05,Squat,5,100\n".getBytes(StandardCharsets.US_ASCII);
		for (int i = 0; i < content.length; i++) {
			content[i] = line[i % line.length];
		}
		return content;
	}

}
