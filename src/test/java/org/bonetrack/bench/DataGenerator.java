package org.bonetrack.bench;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.bonetrack.BoneTrackApplication;
import org.bonetrack.scoring.WeeklyScores;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Fills a database with a deterministic, realistic data set for the benchmark harness (issue 9):
 * N patients (default 1,000) with three years of weekly exercise (resistance sessions with sets,
 * impact sessions, weighted-vest walks), daily nutrition from the food catalogue and the
 * supplement presets, body weights, DEXA scans every 12–24 months with a plausible loss, and
 * clinicians with care teams of 50–500 (the first has exactly 500 patients, the second 200).
 * Every patient has a personal access token {@code bt_bench-token-<n>} and every account the
 * password {@code bench-password} (one precomputed hash).
 * <p>
 * Starts BoneTrack on the target database (Flyway migrates it), writes with PostgreSQL COPY, then
 * stores every complete week's score through {@link WeeklyScores#recent} (the facade catches
 * missing weeks up) and analyses the tables. Same seed and end date, same data.
 * <p>
 * Run with {@code bench/generate.sh} (see bench/README.md). System properties:
 * {@code bench.patients} (1000), {@code bench.db} (bonetrack_bench), {@code bench.end}
 * (today, UTC), {@code bench.seed} (9), {@code bench.server} (jdbc:postgresql://localhost:5432/).
 */
public final class DataGenerator {

	static final String PASSWORD = "bench-password";

	static final int YEARS = 3;

	private static final int CHUNK = 100;

	private static final String[] LOWER = { "squat", "deadlift", "lunge", "step-up", "leg-press", "hip-thrust",
			"calf-raise", "farmers-carry" };

	private static final String[] UPPER = { "overhead-press", "bench-press", "row", "push-up", "lat-pulldown",
			"back-extension" };

	private static final String[] IMPACTS = { "hops", "counter-movement-jump", "drop-jump", "stamps", "skipping",
			"jogging", "dancing" };

	private final JdbcTemplate jdbc;

	private final CopyManager copy;

	private final SplittableRandom seedSource;

	private final LocalDate end;

	private final LocalDate start;

	private final Instant now = Instant.now();

	private final Map<String, Long> counts = new LinkedHashMap<>();

	private List<long[]> foodIds;

	private List<Supplement> supplements;

	record Supplement(long id, String code, double ca, double d, double k, double mg, double epaDha, double protein) {
	}

	private DataGenerator(JdbcTemplate jdbc, CopyManager copy, long seed, LocalDate end) {
		this.jdbc = jdbc;
		this.copy = copy;
		this.seedSource = new SplittableRandom(seed);
		this.end = end;
		this.start = end.minusYears(YEARS);
	}

	public static void main(String[] args) throws Exception {
		int patients = Integer.getInteger("bench.patients", 1000);
		String server = System.getProperty("bench.server", "jdbc:postgresql://localhost:5432/");
		String db = System.getProperty("bench.db", "bonetrack_bench");
		long seed = Long.getLong("bench.seed", 9);
		String endText = System.getProperty("bench.end", "");
		LocalDate end = endText.isBlank() ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(endText);
		long t0 = System.nanoTime();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(BoneTrackApplication.class).run(
				"--spring.datasource.url=" + server + db, "--bonetrack.database.create-if-missing=true",
				"--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off");
		try {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Integer existing = jdbc.queryForObject("select count(*) from users where email like 'bench-%'",
					Integer.class);
			if (existing != null && existing > 0) {
				System.err.println("Database " + db + " already holds bench data; drop it first (bench/generate.sh does).");
				System.exit(2);
			}
			DataSource dataSource = context.getBean(DataSource.class);
			Connection connection = DataSourceUtils.getConnection(dataSource);
			try {
				CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
				DataGenerator generator = new DataGenerator(jdbc, copy, seed, end);
				String hash = context.getBean(PasswordEncoder.class).encode(PASSWORD);
				long tData = System.nanoTime();
				List<Long> patientIds = generator.generate(patients, hash);
				double dataSeconds = (System.nanoTime() - tData) / 1e9;
				long tScores = System.nanoTime();
				WeeklyScores scores = context.getBean(WeeklyScores.class);
				for (int i = 0; i < patientIds.size(); i += 50) {
					scores.recent(patientIds.subList(i, Math.min(patientIds.size(), i + 50)));
				}
				double scoreSeconds = (System.nanoTime() - tScores) / 1e9;
				jdbc.execute("analyze");
				generator.counts.put("weekly_scores",
						jdbc.queryForObject("select count(*) from weekly_scores", Long.class));
				System.out.printf(Locale.ROOT, "%nBoneTrack bench data: %d patients, %s to %s, database %s%n", patients,
						generator.start, end, db);
				System.out.println("| table | rows |");
				System.out.println("|---|---:|");
				generator.counts.forEach((table, rows) -> System.out.printf(Locale.ROOT, "| %s | %,d |%n", table, rows));
				System.out.printf(Locale.ROOT, "%nData written in %.1f s, weekly scores in %.1f s, total %.1f s%n",
						dataSeconds, scoreSeconds, (System.nanoTime() - t0) / 1e9);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, dataSource);
			}
		}
		finally {
			context.close();
		}
	}

	static String patientEmail(int n) {
		return String.format(Locale.ROOT, "bench-patient-%05d@bench.invalid", n);
	}

	static String clinicianEmail(int n) {
		return String.format(Locale.ROOT, "bench-clinician-%03d@bench.invalid", n);
	}

	static String token(int n) {
		return String.format(Locale.ROOT, "bt_bench-token-%05d", n);
	}

	private List<Long> generate(int patients, String hash) throws Exception {
		foodIds = jdbc.query("select id, coalesce(portion_grams, 100) from foods order by id",
				(rs, i) -> new long[] { rs.getLong(1), Math.round(rs.getDouble(2)) });
		supplements = jdbc.query("""
				select id, code, calcium_mg, vitamin_d_ug, vitamin_k_ug, magnesium_mg, epa_mg + dha_mg, protein_g
				from supplement_presets where active order by id""",
				(rs, i) -> new Supplement(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
						rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8)));

		// care teams: 500, 200, then 50–500 until every patient has a clinician
		SplittableRandom teams = seedSource.split();
		List<Integer> sizes = new ArrayList<>();
		int left = patients;
		for (int size : new int[] { 500, 200 }) {
			if (left > 0) {
				sizes.add(Math.min(size, left));
				left -= Math.min(size, left);
			}
		}
		while (left > 0) {
			int size = Math.min(left, teams.nextInt(50, 501));
			if (left - size < 50 && left - size > 0) {
				size = left;
			}
			sizes.add(size);
			left -= size;
		}

		StringBuilder users = new StringBuilder();
		String created = now.toString();
		for (int c = 1; c <= sizes.size(); c++) {
			row(users, clinicianEmail(c), "Bench Clinician " + c, "CLINICIAN", hash, created);
		}
		for (int p = 1; p <= patients; p++) {
			row(users, patientEmail(p), "Bench Patient " + p, "PATIENT", hash, created);
		}
		copy("users (email, display_name, role, password_hash, created_at)", users);
		List<Long> clinicianIds = jdbc.queryForList(
				"select id from users where email like 'bench-clinician-%' order by email", Long.class);
		List<Long> patientIds = jdbc.queryForList(
				"select id from users where email like 'bench-patient-%' order by email", Long.class);

		StringBuilder team = new StringBuilder();
		int next = 0;
		for (int c = 0; c < sizes.size(); c++) {
			for (int i = 0; i < sizes.get(c); i++) {
				row(team, clinicianIds.get(c), patientIds.get(next++), created);
			}
		}
		copy("care_team (clinician_id, patient_id, assigned_at)", team);

		StringBuilder tokens = new StringBuilder();
		for (int p = 1; p <= patients; p++) {
			String secret = token(p);
			row(tokens, patientIds.get(p - 1), "bench", sha256(secret), secret.substring(secret.length() - 4), created);
		}
		copy("personal_access_tokens (user_id, name, token_hash, token_hint, created_at)", tokens);

		long sessionId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from exercise_sessions", Long.class);
		jdbc.execute("create unlogged table bench_dexa_sites (patient_id bigint, scan_date date, site varchar(16), "
				+ "side varchar(5), vertebrae varchar(16), bmd numeric(4,3), t_score numeric(4,2), z_score numeric(4,2))");
		for (int from = 0; from < patients; from += CHUNK) {
			Chunk chunk = new Chunk();
			for (int p = from; p < Math.min(patients, from + CHUNK); p++) {
				sessionId = patient(chunk, patientIds.get(p), new SplittableRandom(seedSource.split().nextLong() ^ p),
						sessionId, clinicianIds.get(0));
			}
			chunk.write();
		}
		jdbc.update("""
				insert into dexa_site_results (scan_id, site, side, vertebrae, bmd, t_score, z_score, lsc_gcm2)
				select s.id, t.site, t.side, t.vertebrae, t.bmd, t.t_score, t.z_score, null
				from bench_dexa_sites t join dexa_scans s on s.patient_id = t.patient_id and s.scan_date = t.scan_date""");
		jdbc.execute("drop table bench_dexa_sites");
		jdbc.execute("select setval(pg_get_serial_sequence('exercise_sessions', 'id'), " + sessionId + ")");
		for (String table : List.of("users", "care_team", "personal_access_tokens", "patient_profiles", "body_weights",
				"exercise_sessions", "exercise_sets", "exercise_impacts", "nutrition_entries", "dexa_scans",
				"dexa_site_results")) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return patientIds;
	}

	/** Rows of one batch of patients, written table by table with COPY. */
	private final class Chunk {

		final StringBuilder profiles = new StringBuilder();

		final StringBuilder weights = new StringBuilder();

		final StringBuilder sessions = new StringBuilder();

		final StringBuilder sets = new StringBuilder();

		final StringBuilder impacts = new StringBuilder();

		final StringBuilder nutrition = new StringBuilder();

		final StringBuilder scans = new StringBuilder();

		final StringBuilder sites = new StringBuilder();

		void write() throws Exception {
			copy("patient_profiles (patient_id, birth_date, sex, height_cm, anastrozole_start, time_zone, "
					+ "low_impact_plan, takes_warfarin, updated_at)", profiles);
			copy("body_weights (patient_id, measured_on, weight_kg, created_at)", weights);
			copy("exercise_sessions (id, patient_id, session_date, start_time, type, duration_minutes, rpe, "
					+ "vest_load_kg, distance_km, source, created_at, updated_at)", sessions);
			copy("exercise_sets (session_id, ordinal, exercise_key, reps, load_kg, warmup, rir)", sets);
			copy("exercise_impacts (session_id, ordinal, activity_key, impact_count)", impacts);
			copy("nutrition_entries (patient_id, eaten_on, kind, food_id, grams, supplement_id, servings, supplemental, "
					+ "calcium_mg, vitamin_d_ug, vitamin_k_ug, magnesium_mg, epa_dha_mg, protein_g, created_at, updated_at)",
					nutrition);
			copy("dexa_scans (patient_id, scan_date, facility, manufacturer, model, recorded_by, created_at, updated_at)",
					scans);
			copy("bench_dexa_sites (patient_id, scan_date, site, side, vertebrae, bmd, t_score, z_score)", sites);
		}

	}

	/** One patient's three years; returns the next free session id. */
	private long patient(Chunk out, long id, SplittableRandom r, long sessionId, long recordedBy) {
		String created = now.toString();
		// adherence: how likely a planned week or day actually gets logged
		double adherence = 0.35 + 0.6 * r.nextDouble();
		boolean lowImpact = r.nextDouble() < 0.1;
		String zone = r.nextDouble() < 0.1 ? "Europe/London" : "UTC";
		LocalDate birth = end.minusYears(r.nextInt(45, 80)).minusDays(r.nextInt(365));
		LocalDate anastrozole = start.minusDays(r.nextInt(0, 700));
		row(out.profiles, id, birth, "FEMALE", String.format(Locale.ROOT, "%.1f", 152 + 20 * r.nextDouble()), anastrozole,
				zone, lowImpact, r.nextDouble() < 0.03, created);

		double weight = 55 + 30 * r.nextDouble();
		for (LocalDate d = start.plusDays(r.nextInt(28)); !d.isAfter(end); d = d.plusDays(28 + r.nextInt(-3, 4))) {
			weight = Math.max(40, Math.min(120, weight + r.nextDouble(-0.8, 0.8)));
			row(out.weights, id, d, String.format(Locale.ROOT, "%.2f", weight), created);
		}

		// weekly pattern: which weekdays she trains, and her working loads
		int resistancePerWeek = r.nextInt(0, 4);
		int impactPerWeek = lowImpact ? 0 : r.nextInt(0, 4);
		int vestPerWeek = r.nextInt(0, 3);
		double strength = 0.6 + 0.8 * r.nextDouble();
		LocalDate monday = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		for (LocalDate week = monday; !week.isAfter(end); week = week.plusWeeks(1)) {
			boolean holiday = r.nextDouble() > adherence + 0.3;
			if (!holiday) {
				double progress = 1 + 0.3 * ChronoUnit.WEEKS.between(start, week) / (52.0 * YEARS);
				for (int s = 0; s < resistancePerWeek; s++) {
					LocalDate day = week.plusDays(s * 2L);
					if (day.isAfter(end) || day.isBefore(start) || r.nextDouble() > adherence + 0.2) {
						continue;
					}
					row(out.sessions, sessionId, id, day, "18:00", "RESISTANCE", 30 + r.nextInt(40), 6 + r.nextInt(4),
							null, null, "MANUAL", created, created);
					int ordinal = 0;
					String[] exercises = { LOWER[r.nextInt(LOWER.length)], UPPER[r.nextInt(UPPER.length)],
							LOWER[r.nextInt(LOWER.length)], UPPER[r.nextInt(UPPER.length)] };
					for (String exercise : exercises) {
						double load = Math.round(strength * progress * (exercise.equals("deadlift") ? 40 : 20) * 2) / 2.0;
						row(out.sets, sessionId, ordinal++, exercise, 8, fmt(load * 0.5), true, null);
						for (int set = 0; set < 3; set++) {
							row(out.sets, sessionId, ordinal++, exercise, 5 + r.nextInt(4), fmt(load), false,
									r.nextInt(0, 4));
						}
					}
					sessionId++;
				}
				for (int s = 0; s < impactPerWeek; s++) {
					LocalDate day = week.plusDays(1 + s * 2L);
					if (day.isAfter(end) || day.isBefore(start) || r.nextDouble() > adherence + 0.2) {
						continue;
					}
					row(out.sessions, sessionId, id, day, "07:30", "IMPACT", 10 + r.nextInt(20), null, null, null,
							"MANUAL", created, created);
					int bouts = 1 + r.nextInt(2);
					for (int b = 0; b < bouts; b++) {
						row(out.impacts, sessionId, b, IMPACTS[(b * 3 + r.nextInt(IMPACTS.length)) % IMPACTS.length],
								20 + r.nextInt(60));
					}
					sessionId++;
				}
				for (int s = 0; s < vestPerWeek; s++) {
					LocalDate day = week.plusDays(5 + s);
					if (day.isAfter(end) || day.isBefore(start) || r.nextDouble() > adherence) {
						continue;
					}
					row(out.sessions, sessionId, id, day, "10:00", "WEIGHTED_VEST_WALK", 30 + r.nextInt(31), null,
							fmt(2 + r.nextInt(9)), fmt(2 + r.nextInt(40) / 10.0), "MANUAL", created, created);
					sessionId++;
				}
			}
		}

		// nutrition: most days a few foods, and her usual supplements
		List<Supplement> usual = new ArrayList<>();
		for (Supplement supplement : supplements) {
			double p = supplement.code().startsWith("vitamin-d3-1000") ? 0.6
					: supplement.code().startsWith("calcium-carbonate") ? 0.4 : 0.08;
			if (r.nextDouble() < p) {
				usual.add(supplement);
			}
		}
		int[] favourites = new int[12];
		for (int i = 0; i < favourites.length; i++) {
			favourites[i] = r.nextInt(foodIds.size());
		}
		for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
			if (r.nextDouble() > adherence) {
				continue;
			}
			int foods = 2 + r.nextInt(4);
			for (int f = 0; f < foods; f++) {
				long[] food = foodIds.get(r.nextDouble() < 0.7 ? favourites[r.nextInt(favourites.length)]
						: r.nextInt(foodIds.size()));
				double grams = Math.max(5, Math.min(600, food[1] * (0.5 + r.nextDouble())));
				row(out.nutrition, id, day, "FOOD", food[0], fmt(grams), null, null, false, null, null, null, null, null,
						null, created, created);
			}
			for (Supplement s : usual) {
				if (r.nextDouble() < 0.9) {
					row(out.nutrition, id, day, "SUPPLEMENT", null, null, s.id(), "1", true, fmt(s.ca()), fmt(s.d()),
							fmt(s.k()), fmt(s.mg()), fmt(s.epaDha()), fmt(s.protein()), created, created);
				}
			}
		}

		// DEXA every 12–24 months, losing about 1–3 % a year on an aromatase inhibitor
		double spine = 0.85 + 0.25 * r.nextDouble();
		double hip = 0.75 + 0.2 * r.nextDouble();
		double neck = hip - 0.1;
		double lossPerYear = 0.01 + 0.02 * r.nextDouble();
		for (LocalDate scan = start.plusDays(r.nextInt(60)); !scan.isAfter(end); scan = scan.plusMonths(12 + r.nextInt(13))) {
			row(out.scans, id, scan, "Bench Imaging Centre", "HOLOGIC", "Horizon A", recordedBy, created, created);
			row(out.sites, id, scan, "LUMBAR_SPINE", null, "L1-L4", fmt3(spine), fmt2((spine - 1.047) / 0.11),
					fmt2((spine - 0.95) / 0.11));
			row(out.sites, id, scan, "TOTAL_HIP", "LEFT", null, fmt3(hip), fmt2((hip - 0.942) / 0.122),
					fmt2((hip - 0.86) / 0.122));
			row(out.sites, id, scan, "FEMORAL_NECK", "LEFT", null, fmt3(neck), fmt2((neck - 0.849) / 0.111),
					fmt2((neck - 0.76) / 0.111));
			double years = 1 + r.nextDouble();
			spine *= 1 - lossPerYear * years;
			hip *= 1 - lossPerYear * 0.8 * years;
			neck *= 1 - lossPerYear * 0.8 * years;
		}
		return sessionId;
	}

	private static String fmt(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

	private static String fmt3(double value) {
		return String.format(Locale.ROOT, "%.3f", Math.max(0.2, value));
	}

	private static String fmt2(double value) {
		return String.format(Locale.ROOT, "%.2f", Math.max(-5.9, Math.min(5.9, value)));
	}

	/** One COPY text-format row: tab-separated, \N for null (values never hold tabs or newlines). */
	private static void row(StringBuilder out, Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append('\t');
			}
			out.append(values[i] == null ? "\\N" : values[i].toString());
		}
		out.append('\n');
	}

	private void copy(String target, StringBuilder rows) throws Exception {
		if (rows.length() > 0) {
			copy.copyIn("copy " + target + " from stdin", new StringReader(rows.toString()));
		}
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
