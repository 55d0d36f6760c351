package org.bonetrack.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.bonetrack.BoneTrackApplication;
import org.bonetrack.scoring.WeeklyScores;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Fills a database with a deterministic bench population (issue 9): N patients with three years
 * of exercise, nutrition, weights and DEXA scans, clinicians with care teams of 50-500 (one with
 * exactly 500 and one with exactly 200 patients), and a personal access token per patient. The
 * schema is dropped and rebuilt by starting the application context (Flyway), the rows go in with
 * PostgreSQL COPY, then the weekly score snapshots are stored through {@link WeeklyScores}.
 *
 * <p>Run: {@code ./mvnw -Pbench test -Dbench.main=org.bonetrack.bench.BenchDataGenerator
 * -Dbench.gen.args="--patients=1000 --db=jdbc:postgresql://localhost:5432/bonetrack_bench"} (see bench/README.md).
 *
 * <p>Every bench account's password is {@link #PASSWORD}; patient {@code i}'s API token is
 * {@link #token(int)}. Only for bench databases: the password and tokens are public.
 */
public final class BenchDataGenerator {

	public static final String PASSWORD = "bench-password-123";

	public static final String CLINICIAN_500 = "clinician-500@bench.test";

	public static final String CLINICIAN_200 = "clinician-200@bench.test";

	private static final String[] ZONES = { "Europe/London", "Europe/London", "Europe/London", "Europe/Paris",
			"America/New_York", "Australia/Sydney" };

	private static final String[] LOWER = { "squat", "deadlift", "lunge", "step-up", "leg-press", "hip-thrust" };

	private static final String[] UPPER = { "overhead-press", "bench-press", "row", "push-up", "lat-pulldown" };

	private static final String[] IMPACTS = { "hops", "counter-movement-jump", "stamps", "skipping", "drop-jump" };

	private final Connection connection;

	private final CopyManager copy;

	private final int patients;

	private final int years;

	private final long seed;

	private final LocalDate today;

	private final Map<String, Long> rows = new LinkedHashMap<>();

	private BenchDataGenerator(Connection connection, int patients, int years, long seed, LocalDate today)
			throws SQLException {
		this.connection = connection;
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
		this.patients = patients;
		this.years = years;
		this.seed = seed;
		this.today = today;
	}

	public static String patientEmail(int i) {
		return "patient-%05d@bench.test".formatted(i);
	}

	/** Deterministic, so the harness can compute it too: bt_bench + the patient number. */
	public static String token(int i) {
		return "bt_benchtoken%05dxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx".formatted(i);
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			for (String part : arg.trim().split("\\s+")) {
				if (part.startsWith("--") && part.contains("=")) {
					options.put(part.substring(2, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
				}
			}
		}
		int patients = Integer.parseInt(options.getOrDefault("patients", "1000"));
		int years = Integer.parseInt(options.getOrDefault("years", "3"));
		long seed = Long.parseLong(options.getOrDefault("seed", "20260901"));
		String url = options.getOrDefault("db", "jdbc:postgresql://localhost:5432/bonetrack_bench");
		boolean scores = Boolean.parseBoolean(options.getOrDefault("scores", "true"));
		Path out = Path.of(options.getOrDefault("out", "bench/results/generated"));
		long started = System.nanoTime();

		// 1. Fresh schema: drop everything, let the application's Flyway build it.
		try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
			s.execute("drop schema if exists public cascade");
			s.execute("create schema public");
		}
		ConfigurableApplicationContext context = start(url);
		try {
			log("schema migrated in " + seconds(started));
			Map<String, Long> counts;
			try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
				c.setAutoCommit(false);
				BenchDataGenerator generator = new BenchDataGenerator(c, patients, years, seed,
						LocalDate.now(ZoneOffset.UTC));
				generator.generate();
				c.commit();
				try (Statement s = c.createStatement()) {
					s.execute("analyze");
				}
				c.commit();
				counts = generator.rows;
			}
			log("data written in " + seconds(started));
			if (scores) {
				long scoring = System.nanoTime();
				storeScores(context, url);
				log("weekly scores stored in " + seconds(scoring));
			}
			vacuum(url);
			log("vacuumed (analyze) after " + seconds(started));
			String report = report(url, patients, years, seed, started, counts);
			Files.createDirectories(out.getParent() == null ? Path.of(".") : out.getParent());
			Files.writeString(Path.of(out + ".md"), report);
			System.out.println(report);
		}
		finally {
			context.close();
		}
	}

	/**
	 * What autovacuum does to a live database after a bulk load, done at once: sets the visibility
	 * map (index-only scans skip the heap) and refreshes the statistics. Without it the first runs
	 * measure a freshly loaded table no production database looks like (and some servers, like the
	 * bench machine's, run with autovacuum off).
	 * <p>
	 * First the one-row-per-patient summaries are rewritten: scoring a patient's three years in one
	 * transaction updates her row 156 times, and versions of an open transaction cannot be pruned,
	 * so the load left each live row alone on its own page (26 MB for 1,000 rows, 3 page reads per
	 * patient of a list). A live database updates each row a few weeks at a time and keeps it in
	 * place (HOT updates).
	 */
	private static void vacuum(String url) throws SQLException {
		try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
				Statement s = c.createStatement()) {
			c.setAutoCommit(true);
			s.execute("vacuum (full) " + String.join(", ", SUMMARY_TABLES));
			s.execute("vacuum (analyze)");
		}
	}

	/** The trigger-kept summaries (V48, V49, V51, V52) and DEXA's stored latest summaries. */
	private static final List<String> SUMMARY_TABLES = List.of("weekly_score_recents", "exercise_last_sessions",
			"nutrition_last_entries", "latest_body_weights", "dexa_latest_summaries");

	private static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(BoneTrackApplication.class).web(WebApplicationType.SERVLET)
			.run("--spring.datasource.url=" + url, "--bonetrack.database.create-if-missing=true",
					"--spring.main.banner-mode=off", "--server.port=0", "--logging.level.root=WARN");
	}

	/** Stores every complete week of every patient (up to 156 weeks back) through the scoring facade. */
	private static void storeScores(ConfigurableApplicationContext context, String url) throws SQLException {
		WeeklyScores weeklyScores = context.getBean(WeeklyScores.class);
		List<Long> ids = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select id from users where role = 'PATIENT' order by id")) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		int chunk = 50;
		for (int i = 0; i < ids.size(); i += chunk) {
			weeklyScores.recent(ids.subList(i, Math.min(ids.size(), i + chunk)));
			if ((i / chunk) % 10 == 0) {
				log("scored " + Math.min(ids.size(), i + chunk) + "/" + ids.size() + " patients");
			}
		}
	}

	private static String report(String url, int patients, int years, long seed, long started,
			Map<String, Long> written) throws SQLException {
		StringBuilder out = new StringBuilder();
		out.append("# Bench data\n\n")
			.append("- database: `").append(url).append("`\n")
			.append("- patients: ").append(patients).append(", years: ").append(years).append(", seed: ").append(seed)
			.append("\n- total time (schema, data, analyze, weekly scores, vacuum): ").append(seconds(started)).append("\n\n")
			.append("| table | rows |\n|---|---:|\n");
		try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
			for (String table : List.of("users", "patient_profiles", "care_team", "body_weights",
					"personal_access_tokens", "exercise_sessions", "exercise_sets", "exercise_impacts",
					"nutrition_entries", "dexa_scans", "dexa_site_results", "weekly_scores")) {
				try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
					rs.next();
					out.append("| ").append(table).append(" | ").append(rs.getLong(1)).append(" |\n");
				}
			}
		}
		return out.toString();
	}

	private void generate() throws SQLException, IOException {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		String created = now.toString();
		// One Argon2 hash for every account: hashing is slow on purpose.
		String hash = "{argon2}" + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
		// Bulk COPY without the row triggers that keep each patient's latest day and weight and her day totals
		// (V48, V49, V52, V54):
		// millions of per-row upserts; the tables are rebuilt once at the end instead.
		try (Statement s = connection.createStatement()) {
			s.execute("set session_replication_role = replica");
		}

		// Users: the clinicians first, then the patients; their ids are read back by e-mail.
		int clinicianCount = clinicianSizes().size();
		StringBuilder users = new StringBuilder();
		for (int c = 0; c < clinicianCount; c++) {
			users.append(tsv(clinicianEmail(c), "Dr Bench " + c, "CLINICIAN", hash, "t", "0", created));
		}
		users.append(tsv("admin@bench.test", "Bench Admin", "ADMIN", hash, "t", "0", created));
		for (int i = 1; i <= patients; i++) {
			users.append(tsv(patientEmail(i), "Bench Patient " + i, "PATIENT", hash, "t", "0", created));
		}
		copy("users (email, display_name, role, password_hash, enabled, failed_logins, created_at)", users);
		Map<String, Long> ids = new LinkedHashMap<>();
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select email, id from users")) {
			while (rs.next()) {
				ids.put(rs.getString(1), rs.getLong(2));
			}
		}
		long[] patientIds = new long[patients + 1];
		for (int i = 1; i <= patients; i++) {
			patientIds[i] = ids.get(patientEmail(i));
		}

		// Care teams: clinician 0 has 500 patients, clinician 1 has 200, the rest 50-500 each.
		StringBuilder team = new StringBuilder();
		int next = 1;
		List<Integer> sizes = clinicianSizes();
		for (int c = 0; c < sizes.size(); c++) {
			long clinician = ids.get(clinicianEmail(c));
			for (int k = 0; k < sizes.get(c) && next <= patients; k++, next++) {
				team.append(tsv(clinician, patientIds[next], created));
			}
		}
		copy("care_team (clinician_id, patient_id, assigned_at)", team);

		// Access tokens, one per patient, for the API bench.
		StringBuilder tokens = new StringBuilder();
		for (int i = 1; i <= patients; i++) {
			String token = token(i);
			tokens.append(tsv(patientIds[i], "bench", sha256(token), token.substring(token.length() - 4), created));
		}
		copy("personal_access_tokens (user_id, name, token_hash, token_hint, created_at)", tokens);

		List<long[]> foods = foods();
		List<Supplement> supplements = supplements();
		LocalDate start = today.minusYears(years);
		long sessionId = 0;
		StringBuilder profiles = new StringBuilder();
		StringBuilder weights = new StringBuilder();
		StringBuilder sessions = new StringBuilder();
		StringBuilder sets = new StringBuilder();
		StringBuilder impacts = new StringBuilder();
		StringBuilder nutrition = new StringBuilder();
		StringBuilder scans = new StringBuilder();
		List<double[]> scanSites = new ArrayList<>();
		for (int i = 1; i <= patients; i++) {
			Random random = new Random(seed * 31 + i);
			long id = patientIds[i];
			String zone = ZONES[random.nextInt(ZONES.length)];
			LocalDate birth = LocalDate.of(1948 + random.nextInt(22), 1 + random.nextInt(12), 1 + random.nextInt(28));
			boolean lowImpact = random.nextInt(10) == 0;
			profiles.append(tsv(id, birth, "FEMALE", 150 + random.nextInt(30), start.minusDays(random.nextInt(400)), zone,
					random.nextInt(5) == 0 ? "LB" : "KG", "IU", lowImpact ? "t" : "f", random.nextInt(20) == 0 ? "t" : "f",
					created));
			double adherence = 0.25 + 0.75 * random.nextDouble();
			double weight = 55 + random.nextInt(35);
			double squatKg = 20 + random.nextInt(30);

			// Weights: about every four weeks, drifting slowly.
			for (LocalDate day = start.plusDays(random.nextInt(14)); !day.isAfter(today); day = day.plusDays(28)) {
				weight = Math.max(40, Math.min(140, weight + (random.nextDouble() - 0.5)));
				weights.append(tsv(id, day, String.format(java.util.Locale.ROOT, "%.2f", weight), created));
			}

			// Exercise: resistance Mon + Thu, impact Tue + Sat, a vest walk on Sunday, each kept with
			// the patient's adherence; loads creep up over the years.
			LocalDate monday = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			for (LocalDate week = monday; !week.isAfter(today); week = week.plusWeeks(1)) {
				for (int dayOffset : new int[] { 0, 3 }) {
					LocalDate day = week.plusDays(dayOffset);
					if (day.isBefore(start) || day.isAfter(today) || random.nextDouble() > adherence) {
						continue;
					}
					sessionId++;
					int rpe = 6 + random.nextInt(4);
					sessions.append(session(sessionId, id, day, "17:30:00", "RESISTANCE", 45 + random.nextInt(30), rpe,
							"\\N", created));
					int ordinal = 0;
					squatKg = Math.min(120, squatKg + 0.05);
					String[] exercises = { LOWER[random.nextInt(LOWER.length)], UPPER[random.nextInt(UPPER.length)],
							LOWER[random.nextInt(LOWER.length)] };
					for (String exercise : exercises) {
						sets.append(tsv(sessionId, ordinal++, exercise, 10, String.format(java.util.Locale.ROOT, "%.1f", squatKg * 0.5), "t", "\\N"));
						for (int s = 0; s < 3; s++) {
							sets.append(tsv(sessionId, ordinal++, exercise, 5 + random.nextInt(4),
									String.format(java.util.Locale.ROOT, "%.1f", squatKg), "f", random.nextInt(4)));
						}
					}
				}
				for (int dayOffset : new int[] { 1, 5 }) {
					LocalDate day = week.plusDays(dayOffset);
					if (lowImpact || day.isBefore(start) || day.isAfter(today) || random.nextDouble() > adherence) {
						continue;
					}
					sessionId++;
					sessions.append(session(sessionId, id, day, "08:00:00", "IMPACT", 10 + random.nextInt(10), "\\N",
							"\\N", created));
					int bouts = 1 + random.nextInt(3);
					for (int b = 0; b < bouts; b++) {
						impacts.append(tsv(sessionId, b, IMPACTS[random.nextInt(IMPACTS.length)], 10 + random.nextInt(40)));
					}
				}
				LocalDate sunday = week.plusDays(6);
				if (!sunday.isBefore(start) && !sunday.isAfter(today) && random.nextDouble() < adherence * 0.7) {
					sessionId++;
					sessions.append(session(sessionId, id, sunday, "10:00:00", "WEIGHTED_VEST_WALK",
							20 + random.nextInt(40), "\\N", String.format(java.util.Locale.ROOT, "%.1f", 2.0 + random.nextInt(6)), created));
				}
			}

			// Nutrition: most days, a few foods and the patient's usual supplements.
			int[] usual = { random.nextInt(supplements.size()), random.nextInt(supplements.size()) };
			for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
				if (random.nextDouble() > Math.min(0.95, adherence + 0.2)) {
					continue;
				}
				int foodsToday = 2 + random.nextInt(4);
				for (int f = 0; f < foodsToday; f++) {
					long[] food = foods.get(random.nextInt(foods.size()));
					nutrition.append(tsv(id, day, "FOOD", food[0], 30 + random.nextInt(220), "\\N", "\\N", "\\N", "f",
							"\\N", "\\N", "\\N", "\\N", "\\N", "\\N", created, created));
				}
				for (int u : usual) {
					Supplement s = supplements.get(u);
					nutrition.append(tsv(id, day, "SUPPLEMENT", "\\N", "\\N", "\\N", s.id(), 1, "t", s.calciumMg(),
							s.vitaminDUg(), s.vitaminKUg(), s.magnesiumMg(), s.epaDhaMg(), s.proteinG(), created, created));
				}
			}

			// DEXA: a baseline near the start, then every 12-24 months, losing 1-3 % a year.
			double spine = 0.85 + random.nextDouble() * 0.3;
			double hip = 0.75 + random.nextDouble() * 0.25;
			double neck = 0.65 + random.nextDouble() * 0.2;
			for (LocalDate scan = start.plusDays(random.nextInt(60)); !scan.isAfter(today);) {
				scans.append(tsv(id, scan, "Bench Imaging Centre", "HOLOGIC", created, created));
				scanSites.add(new double[] { id, scan.toEpochDay(), spine, hip, neck });
				int months = 12 + random.nextInt(13);
				double loss = Math.pow(1 - (0.01 + random.nextDouble() * 0.02), months / 12.0);
				spine = Math.max(0.5, spine * loss);
				hip = Math.max(0.45, hip * loss);
				neck = Math.max(0.4, neck * loss);
				scan = scan.plusMonths(months);
			}

			if (nutrition.length() > 8_000_000 || sets.length() > 8_000_000) {
				flushLogs(profiles, weights, sessions, sets, impacts, nutrition);
			}
		}
		flushLogs(profiles, weights, sessions, sets, impacts, nutrition);
		try (Statement s = connection.createStatement()) {
			s.execute("select setval(pg_get_serial_sequence('exercise_sessions', 'id'), " + Math.max(1, sessionId)
					+ ")");
		}

		copy("dexa_scans (patient_id, scan_date, facility, manufacturer, created_at, updated_at)", scans);
		Map<String, Long> scanIds = new LinkedHashMap<>();
		try (Statement s = connection.createStatement();
				ResultSet rs = s.executeQuery("select patient_id, scan_date, id from dexa_scans")) {
			while (rs.next()) {
				scanIds.put(rs.getLong(1) + "/" + rs.getObject(2, LocalDate.class), rs.getLong(3));
			}
		}
		StringBuilder sites = new StringBuilder();
		for (double[] scan : scanSites) {
			long scanId = scanIds.get((long) scan[0] + "/" + LocalDate.ofEpochDay((long) scan[1]));
			sites.append(tsv(scanId, "LUMBAR_SPINE", "\\N", "L1-L4", String.format(java.util.Locale.ROOT, "%.3f", scan[2]), tScore(scan[2], 1.047),
					"0.025"));
			sites.append(tsv(scanId, "TOTAL_HIP", "LEFT", "\\N", String.format(java.util.Locale.ROOT, "%.3f", scan[3]), tScore(scan[3], 0.942),
					"0.030"));
			sites.append(tsv(scanId, "FEMORAL_NECK", "LEFT", "\\N", String.format(java.util.Locale.ROOT, "%.3f", scan[4]), tScore(scan[4], 0.858),
					"0.035"));
		}
		copy("dexa_site_results (scan_id, site, side, vertebrae, bmd, t_score, lsc_gcm2)", sites);
		try (Statement s = connection.createStatement()) {
			s.execute("set session_replication_role = origin");
			s.execute("select exercise_last_sessions_rebuild()");
			s.execute("select nutrition_last_entries_rebuild()");
			s.execute("select nutrition_day_totals_rebuild()");
			s.execute("select latest_body_weights_rebuild()");
		}
	}

	/** A T-score against a young-adult mean with SD 0.12 g/cm², kept within the column's range. */
	private static String tScore(double bmd, double youngMean) {
		return String.format(java.util.Locale.ROOT, "%.2f", Math.max(-5.9, Math.min(5.9, (bmd - youngMean) / 0.12)));
	}

	private void flushLogs(StringBuilder profiles, StringBuilder weights, StringBuilder sessions, StringBuilder sets,
			StringBuilder impacts, StringBuilder nutrition) throws SQLException, IOException {
		copy("patient_profiles (patient_id, birth_date, sex, height_cm, anastrozole_start, time_zone, mass_unit,"
				+ " vitamin_d_unit, low_impact_plan, smoker, updated_at)", profiles);
		copy("body_weights (patient_id, measured_on, weight_kg, created_at)", weights);
		copy("exercise_sessions (id, patient_id, session_date, start_time, type, duration_minutes, rpe, vest_load_kg,"
				+ " source, created_at, updated_at)", sessions);
		copy("exercise_sets (session_id, ordinal, exercise_key, reps, load_kg, warmup, rir)", sets);
		copy("exercise_impacts (session_id, ordinal, activity_key, impact_count)", impacts);
		copy("nutrition_entries (patient_id, eaten_on, kind, food_id, grams, portions, supplement_id, servings,"
				+ " supplemental, calcium_mg, vitamin_d_ug, vitamin_k_ug, magnesium_mg, epa_dha_mg, protein_g,"
				+ " created_at, updated_at)", nutrition);
	}

	private static String session(long id, long patient, LocalDate day, String time, String type, Object minutes,
			Object rpe, Object vest, String created) {
		return tsv(id, patient, day, time, type, minutes, rpe, vest, "MANUAL", created, created);
	}

	private void copy(String target, StringBuilder data) throws SQLException, IOException {
		if (data.isEmpty()) {
			return;
		}
		String table = target.substring(0, target.indexOf(' '));
		int lines = 0;
		for (int k = 0; k < data.length(); k++) {
			if (data.charAt(k) == '\n') {
				lines++;
			}
		}
		try (Reader reader = new StringReader(data.toString())) {
			copy.copyIn("copy " + target + " from stdin", reader);
		}
		rows.merge(table, (long) lines, Long::sum);
		data.setLength(0);
	}

	private List<long[]> foods() throws SQLException {
		// Foods people log for bone health: dairy, fish, greens, nuts, eggs, cereals.
		List<long[]> foods = new ArrayList<>();
		try (Statement s = connection.createStatement();
				ResultSet rs = s.executeQuery("""
						select id from foods where calcium_mg is not null and protein_g is not null
						and food_group in ('Dairy and Egg Products', 'Finfish and Shellfish Products', 'Vegetables and Vegetable Products',
						  'Nut and Seed Products', 'Breakfast Cereals', 'Fruits and Fruit Juices', 'Legumes and Legume Products',
						  'Baked Products', 'Poultry Products')
						order by id""")) {
			while (rs.next()) {
				foods.add(new long[] { rs.getLong(1) });
			}
		}
		if (foods.isEmpty()) {
			try (Statement s = connection.createStatement();
					ResultSet rs = s.executeQuery("select id from foods order by id limit 500")) {
				while (rs.next()) {
					foods.add(new long[] { rs.getLong(1) });
				}
			}
		}
		// a stable subset of 400, the same for every run
		Random random = new Random(seed);
		List<long[]> picked = new ArrayList<>();
		for (int k = 0; k < Math.min(400, foods.size()); k++) {
			picked.add(foods.get(random.nextInt(foods.size())));
		}
		return picked;
	}

	private List<Supplement> supplements() throws SQLException {
		List<Supplement> list = new ArrayList<>();
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("""
				select id, calcium_mg, vitamin_d_ug, vitamin_k_ug, magnesium_mg, epa_mg + dha_mg, protein_g
				from supplement_presets where active order by id""")) {
			while (rs.next()) {
				list.add(new Supplement(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getString(7)));
			}
		}
		return list;
	}

	private List<Integer> clinicianSizes() {
		List<Integer> sizes = new ArrayList<>(List.of(500, 200));
		Random random = new Random(seed + 7);
		int assigned = 700;
		while (assigned < patients) {
			int size = 50 + random.nextInt(451);
			sizes.add(size);
			assigned += size;
		}
		return sizes;
	}

	private static String clinicianEmail(int c) {
		return c == 0 ? CLINICIAN_500 : c == 1 ? CLINICIAN_200 : "clinician-%03d@bench.test".formatted(c);
	}

	private static String tsv(Object... values) {
		StringBuilder line = new StringBuilder();
		for (int k = 0; k < values.length; k++) {
			if (k > 0) {
				line.append('\t');
			}
			line.append(values[k]);
		}
		return line.append('\n').toString();
	}

	private static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String seconds(long since) {
		return Duration.ofNanos(System.nanoTime() - since).toMillis() / 1000.0 + " s";
	}

	private static void log(String message) {
		System.out.println("[bench-data] " + message);
	}

	private record Supplement(long id, String calciumMg, String vitaminDUg, String vitaminKUg, String magnesiumMg,
			String epaDhaMg, String proteinG) {
	}

}
