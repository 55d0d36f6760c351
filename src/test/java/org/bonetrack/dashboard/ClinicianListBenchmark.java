package org.bonetrack.dashboard;

import java.util.concurrent.TimeUnit;

import org.bonetrack.BoneTrackApplication;
import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.accounts.Role;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The clinician's patient list, rendered through the whole web stack (security filters,
 * controller, facades, Thymeleaf), for a care team of 200 patients with 3 years of data each:
 * 156 stored weeks, about 470 exercise sessions and 1,095 nutrition entries, 3 DEXA scans with 3
 * sites, a weight. Reports the sampled time per page, with its percentiles (target: p95 under
 * 150 ms). Uses its own database, {@code bonetrack_bench_dashboard} on the test server (created
 * and filled on the first run). Run with
 * {@code ./mvnw -Pbench test -Dbench.include=ClinicianListBenchmark}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class ClinicianListBenchmark {

	static final int PATIENTS = 200;

	static final String CLINICIAN = "bench-dashboard-clinician@bench.bonetrack.example";

	private ConfigurableApplicationContext context;

	private MockMvc mvc;

	private AuthenticatedUser clinician;

	@Setup(Level.Trial)
	public void startAndFill() {
		String server = System.getenv().getOrDefault("BONETRACK_TEST_DB_URL", "jdbc:postgresql://localhost:5432/x");
		String url = server.substring(0, server.lastIndexOf('/') + 1) + "bonetrack_bench_dashboard";
		// command-line arguments, so they win over application.properties
		context = new SpringApplicationBuilder(BoneTrackApplication.class).run("--spring.datasource.url=" + url,
				"--bonetrack.database.create-if-missing=true", "--server.port=0", "--logging.level.root=WARN",
				"--spring.main.banner-mode=off");
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		fill(jdbc);
		long id = jdbc.queryForObject("select id from users where email = ?", Long.class, CLINICIAN);
		clinician = AuthenticatedUser.of(id, CLINICIAN, "Bench clinician", Role.CLINICIAN);
		mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
	}

	/** One clinician with 200 patients, each with 3 years of logs, scores and scans (idempotent). */
	static void fill(JdbcTemplate jdbc) {
		if (jdbc.queryForObject("select count(*) from dexa_site_results r join dexa_scans s on s.id = r.scan_id where s.facility = 'Bench imaging'", Integer.class) > 0) {
			return;
		}
		// a half-filled database from an interrupted run starts again
		jdbc.update("delete from users where email = ? or email like 'bench-dash-%'", CLINICIAN);
		jdbc.update("insert into users (email, display_name, role, created_at) values (?, 'Bench clinician', 'CLINICIAN', now())",
				CLINICIAN);
		jdbc.update("""
				insert into users (email, display_name, role, created_at)
				select 'bench-dash-' || i || '@bench.bonetrack.example', 'Bench patient ' || i, 'PATIENT', now()
				from generate_series(1, ?) as i""", PATIENTS);
		String patients = "select id, row_number() over (order by id) as n from users where email like 'bench-dash-%'";
		jdbc.update("""
				insert into patient_profiles (patient_id, birth_date, height_cm, anastrozole_start, time_zone, updated_at,
				    smoker, takes_warfarin)
				select id, date '1950-01-01' + (n * 37 % 7000)::int, 160 + n % 15, current_date - 1100 + (n % 60)::int,
				    'Europe/London', now(), n % 7 = 0, n % 9 = 0
				from (""" + patients + ") p");
		jdbc.update("insert into care_team (clinician_id, patient_id, assigned_at) select (select id from users where email = ?), id, now() from users where email like 'bench-dash-%'",
				CLINICIAN);
		jdbc.update("""
				insert into body_weights (patient_id, measured_on, weight_kg, created_at)
				select id, current_date - 30 * m, 60 + id % 20, now() from users, generate_series(0, 36) as m
				where email like 'bench-dash-%'""");
		jdbc.update("""
				insert into weekly_scores (patient_id, week_start, total, loading, nutrition, findings, rule_set_version,
				    in_progress, low_impact_plan, upper_limit_warning, computed_at)
				select id, date_trunc('week', current_date)::date - 7 * w, (id * 7 + w * 13) % 100, (id * 3 + w) % 100,
				    (id + w * 5) % 100, '[]'::jsonb, 1, false, false, (id + w) % 41 = 0, now()
				from users cross join generate_series(1, 156) as w
				where email like 'bench-dash-%'""");
		jdbc.update("""
				insert into exercise_sessions (patient_id, session_date, type, duration_minutes, source, created_at, updated_at)
				select id, current_date - d - (id % 5)::int, 'WALK', 30, 'MANUAL', now(), now()
				from users cross join generate_series(0, 1095, 2) as d
				where email like 'bench-dash-%' and (d + id) % 7 <> 0""");
		jdbc.update("""
				insert into nutrition_entries (patient_id, eaten_on, kind, label, supplemental, calcium_mg, vitamin_k_ug,
				    protein_g, created_at, updated_at)
				select id, current_date - d - (id % 3)::int, 'MANUAL', 'Bench meal', d % 5 = 0, 700 + (d % 400), 60, 50, now(), now()
				from users cross join generate_series(0, 1094) as d
				where email like 'bench-dash-%'""");
		jdbc.update("""
				insert into dexa_scans (patient_id, scan_date, facility, manufacturer, model, created_at, updated_at)
				select id, current_date - 1080 + 500 * s + (id % 30)::int, 'Bench imaging', 'HOLOGIC', 'Horizon A', now(), now()
				from users cross join generate_series(0, 2) as s
				where email like 'bench-dash-%'""");
		jdbc.update("""
				insert into dexa_site_results (scan_id, site, side, vertebrae, bmd, t_score)
				select s.id, site.name, site.side, site.vertebrae, 0.700 + (s.patient_id % 40) * 0.01 - rank * 0.02,
				    -2.8 + (s.patient_id % 40) * 0.08 - rank * 0.2
				from (select id, patient_id, rank() over (partition by patient_id order by scan_date) as rank
				      from dexa_scans where facility = 'Bench imaging') s
				cross join (values ('LUMBAR_SPINE', null, 'L1-L4'), ('TOTAL_HIP', 'LEFT', null), ('FEMORAL_NECK', 'LEFT', null))
				    as site(name, side, vertebrae)""");
		// the site results come last: their presence marks a complete fill
		jdbc.execute("vacuum analyze");
	}

	@Benchmark
	public int clinicianPatientList() throws Exception {
		return mvc.perform(get("/clinician/patients").with(user(clinician))).andReturn().getResponse().getContentAsString()
			.length();
	}

	/** The figures and flags of all 200 patients alone (facade reads and flag evaluation), without the web stack. */
	@Benchmark
	public int careTeamOverviewOnly() {
		return context.getBean(org.bonetrack.dashboard.internal.CareTeamOverview.class).careTeam(clinician.id()).size();
	}

	@TearDown(Level.Trial)
	public void stop() throws Exception {
		int status = mvc.perform(get("/clinician/patients").with(user(clinician))).andReturn().getResponse().getStatus();
		context.close();
		if (status != 200) {
			throw new IllegalStateException("The list answered " + status);
		}
	}

}
