package org.bonetrack.nutrition;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.bonetrack.accounts.NewAccount;
import org.bonetrack.accounts.Role;
import org.bonetrack.accounts.internal.AccountService;
import org.bonetrack.nutrition.internal.CronometerImports;
import org.bonetrack.nutrition.internal.ImportPreview;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Importing a generated three-year Cronometer daily summary (1,096 days, the full 53-column
 * header) for a patient who has none of it yet: upload (checks, SHA-256, staging row), preview
 * and confirm (every day saved in one transaction, with its events and audit rows). Target:
 * below 3 s per import. Each measured import gets a fresh patient.
 *
 * <pre>
 * BONETRACK_TEST_DB_URL=... ./mvnw -Pbench test -Dbench.include=CronometerImportBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class CronometerImportBenchmark {

	static final int DAYS = 1096;

	private static final String HEADER = "Date,Energy (kcal),Alcohol (g),Caffeine (mg),Water (g),B1 (Thiamine) (mg),"
			+ "B2 (Riboflavin) (mg),B3 (Niacin) (mg),B5 (Pantothenic Acid) (mg),B6 (Pyridoxine) (mg),"
			+ "B12 (Cobalamin) (µg),Folate (µg),Vitamin A (µg),Vitamin C (mg),Vitamin D (IU),Vitamin E (mg),"
			+ "Vitamin K (µg),Calcium (mg),Copper (mg),Iron (mg),Magnesium (mg),Manganese (mg),Phosphorus (mg),"
			+ "Potassium (mg),Selenium (µg),Sodium (mg),Zinc (mg),Carbs (g),Fiber (g),Starch (g),Sugars (g),"
			+ "Added Sugars (g),Net Carbs (g),Fat (g),Cholesterol (mg),Monounsaturated (g),Polyunsaturated (g),"
			+ "Saturated (g),Trans-Fats (g),Omega-3 (g),Omega-6 (g),Cystine (g),Histidine (g),Isoleucine (g),"
			+ "Leucine (g),Lysine (g),Methionine (g),Phenylalanine (g),Protein (g),Threonine (g),Tryptophan (g),"
			+ "Tyrosine (g),Valine (g),Completed";

	private ConfigurableApplicationContext context;

	private CronometerImports imports;

	private AccountService accounts;

	private byte[] export;

	private long patientId;

	@Setup(Level.Trial)
	public void start() {
		context = BenchmarkApplication.start();
		imports = context.getBean(CronometerImports.class);
		accounts = context.getBean(AccountService.class);
		export = threeYears(LocalDate.now().minusDays(1));
	}

	@Setup(Level.Iteration)
	public void newPatient() {
		patientId = accounts.createWithPasswordHash(new NewAccount("bench-" + UUID.randomUUID() + "@bench.bonetrack.example",
				"Bench patient", Role.PATIENT), "{noop}unused").id();
	}

	@TearDown(Level.Trial)
	public void stop() {
		context.close();
	}

	@Benchmark
	public CronometerImports.ImportResult importThreeYears() {
		long id = imports.upload(patientId, "dailysummary.csv", export);
		ImportPreview preview = imports.preview(patientId, id);
		if (preview.content() == null || preview.content().days().size() != DAYS) {
			throw new IllegalStateException("The preview should show " + DAYS + " days");
		}
		CronometerImports.ImportResult result = imports.confirm(patientId, id);
		if (result.daysSaved() != DAYS) {
			throw new IllegalStateException("Expected " + DAYS + " days saved, got " + result.daysSaved());
		}
		return result;
	}

	/** Made-up but plausible days ending on {@code last}; now and then a cell is left empty, as Cronometer does. */
	static byte[] threeYears(LocalDate last) {
		Random random = new Random(2026);
		int columns = HEADER.split(",").length;
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		for (LocalDate date = last.minusDays(DAYS - 1); !date.isAfter(last); date = date.plusDays(1)) {
			csv.append(date);
			for (int column = 1; column < columns - 1; column++) {
				csv.append(',');
				if (random.nextInt(40) != 0) {
					csv.append(String.format(Locale.ROOT, "%.2f", 5 + random.nextDouble() * 400));
				}
			}
			csv.append(',').append(random.nextBoolean()).append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

}
