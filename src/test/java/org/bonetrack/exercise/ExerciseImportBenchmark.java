package org.bonetrack.exercise;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.bonetrack.BoneTrackApplication;
import org.bonetrack.accounts.NewAccount;
import org.bonetrack.accounts.Role;
import org.bonetrack.accounts.internal.AccountService;
import org.bonetrack.exercise.internal.SessionSource;
import org.bonetrack.exercise.internal.imports.ExerciseImports;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.support.TestDatabase;
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

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole Strong import of a generated 10,000-row file for a new patient: upload (checks and
 * keeps the file), preview, confirm (every session saved in JDBC batches, events and audit rows
 * included). Target: under 5 seconds. Runs the application on the test database:
 *
 * <pre>BONETRACK_TEST_DB_URL=jdbc:postgresql://localhost:5432/bonetrack_test_exercise \
 *   ./mvnw -Pbench test -Dbench.include=ExerciseImportBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = { "-Xss4m", "-XX:+UseParallelGC" })
public class ExerciseImportBenchmark {

	private ConfigurableApplicationContext context;

	private ExerciseImports imports;

	private AccountService accounts;

	private byte[] file;

	private long patientId;

	@Setup(Level.Trial)
	public void start() throws SQLException {
		createDatabaseIfMissing();
		context = new SpringApplicationBuilder(BoneTrackApplication.class).profiles("test")
			.properties("spring.datasource.url=" + TestDatabase.url(), "spring.datasource.username=" + TestDatabase.username(),
					"spring.datasource.password=" + TestDatabase.password(), "server.port=0",
					"bonetrack.database.startup-check=false", "logging.level.root=WARN")
			.run();
		imports = context.getBean(ExerciseImports.class);
		accounts = context.getBean(AccountService.class);
		file = StrongFileGenerator.rows(10_000, LocalDate.now().minusDays(2)).bytes();
	}

	/** A new patient for every import, so that each one saves the whole file. */
	@Setup(Level.Invocation)
	public void newPatient() {
		patientId = accounts
			.createWithPasswordHash(new NewAccount("bench-" + UUID.randomUUID() + "@bench.bonetrack.example", "Bench Patient",
					Role.PATIENT), "{noop}not-used")
			.id();
	}

	@Benchmark
	public int importTenThousandRows() {
		long id = imports.stage(patientId, SessionSource.STRONG, "strong.csv", file, MassUnit.KG);
		imports.preview(patientId, id);
		return imports.confirm(patientId, id, MassUnit.KG, Map.of()).sessionsAdded();
	}

	@TearDown(Level.Trial)
	public void stop() {
		context.close();
	}

	private static void createDatabaseIfMissing() throws SQLException {
		String url = TestDatabase.url();
		String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
		String server = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
		try (Connection connection = DriverManager.getConnection(server, TestDatabase.username(), TestDatabase.password());
				Statement statement = connection.createStatement();
				ResultSet exists = statement.executeQuery(
						"select 1 from pg_database where datname = '" + database.replace("'", "''") + "'")) {
			if (!exists.next()) {
				statement.execute("create database \"" + database.replace("\"", "\"\"") + "\"");
			}
		}
	}

}
