package org.bonetrack.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bonetrack.BoneTrackApplication;
import org.bonetrack.scoring.internal.RescoringJob;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recomputing every stored score after a publish: 1,000 patients × 3 years (156 weeks each,
 * 156,000 snapshots), in a heap capped at 256 MB to show that memory stays constant (chunks of
 * patients, nothing held across chunks). Uses its own database, {@code bonetrack_bench_scoring}
 * on the test server (created and filled on the first run). Run with
 * {@code ./mvnw -Pbench test -Dbench.include=RescoringBenchmark}.
 * <p>
 * Phase 2: every patient has three years of realistic logs, read through the exercise and
 * nutrition facades' batch methods: two resistance sessions a week (a warm-up and six working
 * sets), one impact session (two activities), a weighted-vest walk every other week, and every
 * day a food entry and a manual entry, with a supplement (magnesium, vitamin K) every third day:
 * 546,000 sessions, 2.18 million sets, 312,000 impacts and 2.18 million nutrition entries.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xmx256m" })
@State(Scope.Benchmark)
public class RescoringBenchmark {

	static final int PATIENTS = 1000;

	static final int WEEKS = 156;

	private ConfigurableApplicationContext context;

	private JdbcTemplate jdbc;

	private RescoringJob job;

	@Setup(Level.Trial)
	public void startAndFill() {
		String server = System.getenv().getOrDefault("BONETRACK_TEST_DB_URL", "jdbc:postgresql://localhost:5432/x");
		String url = server.substring(0, server.lastIndexOf('/') + 1) + "bonetrack_bench_scoring";
		// command-line arguments, so they win over application.properties
		context = new SpringApplicationBuilder(BoneTrackApplication.class).run("--spring.datasource.url=" + url,
				"--bonetrack.database.create-if-missing=true", "--server.port=0", "--logging.level.root=WARN");
		jdbc = context.getBean(JdbcTemplate.class);
		job = context.getBean(RescoringJob.class);
		fill();
		fillLogs();
		if (jdbc.queryForObject("select count(*) from rule_sets where version_number = 2", Integer.class) == 0) {
			// a second published version, inserted without an event so no job starts by itself
			jdbc.update("""
					insert into rule_sets (version_number, status, created_at, updated_by_name, updated_at, published_at)
					values (2, 'PUBLISHED', now(), 'Benchmark', now(), now())""");
			jdbc.update("""
					insert into rule_set_parameters (rule_set_id, parameter, value)
					select (select id from rule_sets where version_number = 2), parameter, value
					from rule_set_parameters where rule_set_id = (select id from rule_sets where version_number = 1)""");
		}
	}

	/** 1,000 patients, each with a profile, a body weight and 156 stored weeks scored with v1. */
	private void fill() {
		int existing = jdbc.queryForObject("select count(*) from users where email like 'bench-%'", Integer.class);
		if (existing >= PATIENTS) {
			return;
		}
		List<Object[]> users = new ArrayList<>();
		for (int i = existing; i < PATIENTS; i++) {
			users.add(new Object[] { "bench-" + i + "@bench.bonetrack.example", "Bench patient " + i });
		}
		jdbc.batchUpdate("""
				insert into users (email, display_name, role, created_at) values (?, ?, 'PATIENT', now())""", users);
		jdbc.update("""
				insert into patient_profiles (patient_id, time_zone, updated_at)
				select id, 'Europe/London', now() from users u
				where email like 'bench-%' and not exists (select 1 from patient_profiles p where p.patient_id = u.id)""");
		jdbc.update("""
				insert into body_weights (patient_id, measured_on, weight_kg, created_at)
				select id, current_date - 1100, 64.5, now() from users u
				where email like 'bench-%' and not exists (select 1 from body_weights w where w.patient_id = u.id)""");
		jdbc.update("""
				insert into weekly_scores (patient_id, week_start, total, loading, nutrition, findings, rule_set_version,
				    in_progress, low_impact_plan, upper_limit_warning, computed_at)
				select u.id, date_trunc('week', current_date)::date - 7 * w, 0, 0, 0, '[]'::jsonb, 1, false, false, false, now()
				from users u cross join generate_series(1, ?) as w
				where u.email like 'bench-%'
				on conflict do nothing""", WEEKS);
	}

	/** Three years of sessions and nutrition entries per patient, once (a few minutes the first time). */
	private void fillLogs() {
		boolean filled = jdbc.queryForObject("""
				select exists (select 1 from exercise_sessions s join users u on u.id = s.patient_id
				where u.email like 'bench-%')""", Boolean.class);
		if (filled) {
			return;
		}
		String patients = "(select id from users where email like 'bench-%')";
		String days = "generate_series(current_date - 7 * " + WEEKS + ", current_date - 1, interval '1 day') as d";
		jdbc.update("""
				insert into exercise_sessions (patient_id, session_date, start_time, type, duration_minutes, rpe,
				    vest_load_kg, source, created_at, updated_at)
				select p.id, d::date, time '07:30', case extract(isodow from d) when 6 then 'IMPACT'
				           when 7 then 'WEIGHTED_VEST_WALK' else 'RESISTANCE' end,
				       case extract(isodow from d) when 6 then 15 when 7 then 30 else 45 end,
				       case when extract(isodow from d) in (1, 4) then 7 end,
				       case extract(isodow from d) when 7 then 5 end, 'MANUAL', now(), now()
				from %s as p(id) cross join %s
				where extract(isodow from d) in (1, 4, 6) or (extract(isodow from d) = 7 and extract(week from d)::int %% 2 = 0)
				""".formatted(patients, days));
		jdbc.update("""
				insert into exercise_sets (session_id, ordinal, exercise_key, reps, load_kg, warmup, rir)
				select s.id, o, case when o < 4 then 'squat' else 'deadlift' end, case when o = 0 then 10 else 8 end,
				       case when o = 0 then 20 else 40 end, o = 0, case when o = 0 then null else 2 end
				from exercise_sessions s cross join generate_series(0, 6) as o
				where s.type = 'RESISTANCE' and s.patient_id in %s""".formatted(patients));
		jdbc.update("""
				insert into exercise_impacts (session_id, ordinal, activity_key, impact_count)
				select s.id, o, case o when 0 then 'hops' else 'counter-movement-jump' end, 30
				from exercise_sessions s cross join generate_series(0, 1) as o
				where s.type = 'IMPACT' and s.patient_id in %s""".formatted(patients));
		jdbc.update("""
				insert into nutrition_entries (patient_id, eaten_on, kind, food_id, grams, created_at, updated_at)
				select p.id, d::date, 'FOOD', 1077, 250, now(), now() from %s as p(id) cross join %s
				""".formatted(patients, days));
		jdbc.update("""
				insert into nutrition_entries (patient_id, eaten_on, kind, label, supplemental, calcium_mg, vitamin_d_ug,
				    vitamin_k_ug, magnesium_mg, epa_dha_mg, protein_g, created_at, updated_at)
				select p.id, d::date, 'MANUAL', 'Meals', extract(doy from d)::int %% 3 = 0, 700, 12, 80, 250, 200, 55, now(), now()
				from %s as p(id) cross join %s
				""".formatted(patients, days));
		jdbc.execute("analyze");
	}

	@Setup(Level.Invocation)
	public void asBeforeThePublish() {
		jdbc.update("update weekly_scores set rule_set_version = 1");
		jdbc.update("delete from scoring_rescoring_jobs where rule_set_version = 2");
	}

	@Benchmark
	public long rescoreEveryStoredWeek() {
		job.run(2);
		return jdbc.queryForObject("select done from scoring_rescoring_jobs where rule_set_version = 2", Long.class);
	}

	@TearDown(Level.Trial)
	public void stop() {
		long stale = jdbc.queryForObject("select count(*) from weekly_scores where rule_set_version <> 2", Long.class);
		context.close();
		if (stale != 0) {
			throw new IllegalStateException(stale + " snapshots were not recomputed");
		}
	}

}
