package org.bonetrack.scoring.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bonetrack.scoring.WeekScore;
import org.bonetrack.scoring.rules.Finding;
import org.bonetrack.scoring.rules.WeeklyScore;
import org.bonetrack.shared.IsoWeek;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The weekly score snapshots, read and written with plain JDBC: recomputation writes thousands of
 * rows in batches, and the clinician list reads many patients' recent weeks in one query.
 */
@Repository
public class WeeklyScoreStore {

	private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
	};

	/** Rows per statement: one multi-row insert instead of one statement per row (11 parameters a row). */
	private static final int ROWS_PER_STATEMENT = 500;

	/** How many of each patient's latest weeks her row of {@code weekly_score_recents} holds (V51). */
	static final int RECENT_WEEKS = 16;

	private static final String UPSERT_INTO = """
			insert into weekly_scores (patient_id, week_start, total, loading, nutrition, findings, rule_set_version,
			    in_progress, low_impact_plan, upper_limit_warning, computed_at)
			values """;

	private static final String UPSERT_ROW = "(?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)";

	private static final String UPSERT_CONFLICT = """
			 on conflict (patient_id, week_start) do update set
			    total = excluded.total, loading = excluded.loading, nutrition = excluded.nutrition,
			    findings = excluded.findings, rule_set_version = excluded.rule_set_version,
			    in_progress = excluded.in_progress, low_impact_plan = excluded.low_impact_plan,
			    upper_limit_warning = excluded.upper_limit_warning, computed_at = excluded.computed_at
			where weekly_scores.rule_set_version <= excluded.rule_set_version""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final JsonMapper json;

	WeeklyScoreStore(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
		this.jdbc = jdbc;
		this.template = template;
		this.json = json;
	}

	/** A score to store, with the plan it was scored under. */
	public record Row(long patientId, WeeklyScore score, boolean lowImpactPlan, Instant computedAt) {
	}

	/** A stored week's key and the plan it was scored under. */
	public record Key(long patientId, IsoWeek week, boolean lowImpactPlan, boolean inProgress) {
	}

	/**
	 * Inserts or replaces the snapshots, in one batch. A snapshot already scored with a newer rule
	 * set is kept: a slow recomputation never overwrites a newer one.
	 */
	public void upsert(List<Row> rows) {
		if (rows.isEmpty()) {
			return;
		}
		// one row per (patient, week) in a statement: "on conflict" cannot touch a row twice
		Map<List<Object>, Row> unique = new java.util.LinkedHashMap<>();
		rows.forEach(row -> unique.put(List.of(row.patientId(), row.score().week()), row));
		List<Row> distinct = new ArrayList<>(unique.values());
		for (int from = 0; from < distinct.size(); from += ROWS_PER_STATEMENT) {
			List<Row> part = distinct.subList(from, Math.min(distinct.size(), from + ROWS_PER_STATEMENT));
			List<Object> args = new ArrayList<>(part.size() * 11);
			StringBuilder sql = new StringBuilder(UPSERT_INTO);
			for (Row row : part) {
				WeeklyScore score = row.score();
				if (args.size() > 0) {
					sql.append(", ");
				}
				sql.append(UPSERT_ROW);
				java.util.Collections.addAll(args, row.patientId(), score.week().monday(), score.total(),
						score.loading(), score.nutrition(), json.writeValueAsString(score.findings()),
						score.ruleSetVersion(), score.inProgress(), row.lowImpactPlan(), score.hasUpperLimitWarning(),
						OffsetDateTime.ofInstant(row.computedAt(), ZoneOffset.UTC));
			}
			sql.append(UPSERT_CONFLICT);
			template.update(sql.toString(), args.toArray());
		}
	}

	/** The patient's stored weeks in the range, newest first, with or without their findings. */
	public List<WeekScore> list(long patientId, IsoWeek from, IsoWeek to, boolean withFindings) {
		return jdbc.sql("""
				select week_start, total, loading, nutrition, rule_set_version, in_progress, computed_at,
				       case when :withFindings then findings else '[]'::jsonb end as findings
				from weekly_scores
				where patient_id = :patient and week_start between :from and :to
				order by week_start desc""")
			.param("withFindings", withFindings)
			.param("patient", patientId)
			.param("from", from.monday())
			.param("to", to.monday())
			.query((rs, row) -> weekScore(rs))
			.list();
	}

	/** A stored week, and whether a change to its data is waiting to be scored into it. */
	public record StoredWeek(WeekScore score, boolean pending) {
	}

	/**
	 * The patient's stored weeks in the range, newest first, in one query: the findings of one week
	 * only (the page's week in progress), and each week's pending mark.
	 */
	public List<StoredWeek> listMarked(long patientId, IsoWeek from, IsoWeek to, IsoWeek withFindings) {
		return jdbc.sql("""
				select w.week_start, w.total, w.loading, w.nutrition, w.rule_set_version, w.in_progress, w.computed_at,
				       case when w.week_start = :withFindings then w.findings else '[]'::jsonb end as findings,
				       exists (select 1 from scoring_pending_weeks p
				               where p.patient_id = w.patient_id and p.week_start = w.week_start) as pending
				from weekly_scores w
				where w.patient_id = :patient and w.week_start between :from and :to
				order by w.week_start desc""")
			.param("withFindings", withFindings.monday())
			.param("patient", patientId)
			.param("from", from.monday())
			.param("to", to.monday())
			.query((rs, row) -> new StoredWeek(weekScore(rs), rs.getBoolean("pending")))
			.list();
	}

	public Optional<WeekScore> find(long patientId, IsoWeek week) {
		return jdbc.sql("""
				select week_start, total, loading, nutrition, rule_set_version, in_progress, computed_at, findings
				from weekly_scores where patient_id = :patient and week_start = :week""")
			.param("patient", patientId)
			.param("week", week.monday())
			.query((rs, row) -> weekScore(rs))
			.optional();
	}

	/** Every stored week of the patients, with the plan each was scored under. */
	public Map<Long, List<Key>> keys(Collection<Long> patientIds) {
		return keys(patientIds, IsoWeek.of(LocalDate.of(1900, 1, 1)).monday());
	}

	/** The stored weeks of the patients from the given Monday on, with the plan each was scored under. */
	public Map<Long, List<Key>> keys(Collection<Long> patientIds, LocalDate fromMonday) {
		Map<Long, List<Key>> keys = new HashMap<>();
		if (patientIds.isEmpty()) {
			return keys;
		}
		jdbc.sql("""
				select patient_id, week_start, low_impact_plan, in_progress from weekly_scores
				where patient_id = any(cast(:patients as bigint[])) and week_start >= :from
				order by patient_id, week_start""")
			.param("patients", patientIds.toArray(Long[]::new))
			.param("from", fromMonday)
			.query(collectingInto(keys));
		return keys;
	}

	/**
	 * The stored ones among these weeks, with the plan each was scored under: the pending-weeks
	 * batch asks for a few weeks of each patient, often a year apart, and reading every week from
	 * the earliest of them on returned forty rows for each one wanted.
	 */
	public Map<Long, List<Key>> keysOf(Map<Long, ? extends Collection<IsoWeek>> weeksByPatient) {
		Map<Long, List<Key>> keys = new HashMap<>();
		List<Long> patients = new ArrayList<>();
		List<String> mondays = new ArrayList<>();
		weeksByPatient.forEach((patientId, weeks) -> weeks.forEach(week -> {
			patients.add(patientId);
			mondays.add(week.monday().toString());
		}));
		if (patients.isEmpty()) {
			return keys;
		}
		jdbc.sql("""
				select s.patient_id, s.week_start, s.low_impact_plan, s.in_progress
				from unnest(cast(:patients as bigint[]), cast(:mondays as date[])) as w(patient_id, week_start)
				join weekly_scores s on s.patient_id = w.patient_id and s.week_start = w.week_start
				order by s.patient_id, s.week_start""")
			.param("patients", patients.toArray(Long[]::new))
			.param("mondays", mondays.toArray(String[]::new))
			.query(collectingInto(keys));
		return keys;
	}

	/** Adds each row (patient_id, week_start, low_impact_plan, in_progress) to its patient's keys. */
	private static RowCallbackHandler collectingInto(Map<Long, List<Key>> keys) {
		return rs -> {
			long patientId = rs.getLong("patient_id");
			keys.computeIfAbsent(patientId, id -> new ArrayList<>())
				.add(new Key(patientId, IsoWeek.of(rs.getObject("week_start", LocalDate.class)),
						rs.getBoolean("low_impact_plan"), rs.getBoolean("in_progress")));
		};
	}

	/** Stored keys of the patients' weeks from the given Monday on that are complete. */
	public Map<Long, List<Key>> completeKeysSince(Collection<Long> patientIds, LocalDate fromMonday) {
		Map<Long, List<Key>> keys = new HashMap<>();
		keys(patientIds, fromMonday).forEach((patientId, all) -> keys.put(patientId, all.stream()
			.filter(key -> !key.inProgress())
			.toList()));
		return keys;
	}

	/** The next patients (by id) after the cursor that have stored weeks. */
	public List<Long> patientsAfter(long cursor, int limit) {
		// a loose index scan: one primary-key probe per patient, instead of a distinct over the table
		return jdbc.sql("""
				with recursive ids (id, n) as (
				    (select patient_id, 1 from weekly_scores where patient_id > :cursor order by patient_id limit 1)
				    union all
				    select (select w.patient_id from weekly_scores w where w.patient_id > ids.id
				            order by w.patient_id limit 1), ids.n + 1
				    from ids where ids.id is not null and ids.n < :limit)
				select id from ids where id is not null order by id""")
			.param("cursor", cursor)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/** The patient's earliest stored week, where her history on the scores page starts. */
	public Optional<IsoWeek> earliest(long patientId) {
		return jdbc.sql("select min(week_start) from weekly_scores where patient_id = :patient")
			.param("patient", patientId)
			.query((rs, row) -> rs.getObject(1, LocalDate.class))
			.optional()
			.filter(java.util.Objects::nonNull)
			.map(IsoWeek::of);
	}

	public long count() {
		return jdbc.sql("select count(*) from weekly_scores").query(Long.class).single();
	}

	/**
	 * For each patient with stored weeks: every week from her earliest stored week (but no earlier
	 * than {@code earliestAllowed}) to her last complete week that has no complete snapshot yet,
	 * whether it is missing or still stored as in progress. One query for all the patients.
	 */
	public Map<Long, List<IsoWeek>> missingCompleteWeeks(Map<Long, IsoWeek> lastCompleteByPatient,
			Map<Long, IsoWeek> earliestAllowedByPatient) {
		Map<Long, List<IsoWeek>> missing = new HashMap<>();
		if (lastCompleteByPatient.isEmpty()) {
			return missing;
		}
		List<Long> ids = List.copyOf(lastCompleteByPatient.keySet());
		jdbc.sql("""
				select p.patient_id, g.week::date as week_start
				from unnest(cast(:patients as bigint[]), cast(:lastComplete as date[]), cast(:earliest as date[]))
				         as p(patient_id, last_complete, earliest_allowed)
				join lateral (select min(week_start) as first from weekly_scores s where s.patient_id = p.patient_id) f
				    on f.first is not null
				cross join lateral generate_series(greatest(f.first, p.earliest_allowed), p.last_complete,
				    interval '7 days') as g(week)
				where not exists (select 1 from weekly_scores s
				                  where s.patient_id = p.patient_id and s.week_start = g.week::date and not s.in_progress)
				order by p.patient_id, week_start""")
			.param("patients", ids.toArray(Long[]::new))
			.param("lastComplete", ids.stream().map(id -> lastCompleteByPatient.get(id).monday().toString()).toArray(String[]::new))
			.param("earliest", ids.stream().map(id -> earliestAllowedByPatient.get(id).monday().toString()).toArray(String[]::new))
			.query(rs -> {
				missing.computeIfAbsent(rs.getLong("patient_id"), id -> new ArrayList<>())
					.add(IsoWeek.of(rs.getObject("week_start", LocalDate.class)));
			});
		return missing;
	}

	/** Which of the patients have any stored week at all. */
	public java.util.Set<Long> withStoredWeeks(Collection<Long> patientIds) {
		if (patientIds.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(jdbc.sql("""
				select distinct patient_id from weekly_scores where patient_id = any(cast(:patients as bigint[]))""")
			.param("patients", patientIds.toArray(Long[]::new))
			.query(Long.class)
			.list());
	}

	/**
	 * For each patient: the totals of the complete weeks in her adherence window (newest first) and
	 * how many weeks of her safety window had an upper-limit warning; absent when none of her
	 * stored weeks falls in either window. Read from her row of {@code weekly_score_recents} (her
	 * latest {@value #RECENT_WEEKS} weeks, kept by a trigger, V51), or from the weeks themselves
	 * for windows that reach further back. Two queries at most, whatever the number of patients.
	 */
	public Map<Long, RecentRow> recent(List<Window> windows) {
		Map<Long, RecentRow> recent = new HashMap<>();
		if (windows.isEmpty()) {
			return recent;
		}
		Map<Long, Window> byPatient = new HashMap<>();
		windows.forEach(window -> byPatient.put(window.patientId(), window));
		List<Window> beyond = new ArrayList<>();
		// The arrays come as plain strings ('54,,61,…' and 'ftnf…': empty and n where no week is
		// stored): the driver's parsing of three 16-element arrays per patient (the booleans compared
		// as text) was a sixth of the 500-patient list's CPU.
		jdbc.sql("""
				select patient_id, latest_week, array_to_string(totals, ',', '') as totals,
				       array_to_string(in_progress, '', 'n') as in_progress,
				       array_to_string(upper_limit_warnings, '', 'n') as upper_limit_warnings
				from weekly_score_recents
				where patient_id = any(cast(:patients as bigint[]))""")
			.param("patients", byPatient.keySet().toArray(Long[]::new))
			.query(rs -> {
				Window window = byPatient.remove(rs.getLong("patient_id"));
				IsoWeek latest = IsoWeek.of(rs.getObject("latest_week", LocalDate.class));
				if (window.earliest().compareTo(latest.minusWeeks(RECENT_WEEKS - 1)) < 0) {
					beyond.add(window);
					return;
				}
				RecentRow row = RecentRow.of(window, latest, rs.getString("totals").split(",", -1),
						rs.getString("in_progress"), rs.getString("upper_limit_warnings"));
				if (row != null) {
					recent.put(window.patientId(), row);
				}
			});
		// patients left in byPatient have no stored week at all
		recent.putAll(recentFromWeeks(beyond));
		return recent;
	}

	/** {@link #recent} from the stored weeks themselves, for windows beyond the summary rows. */
	Map<Long, RecentRow> recentFromWeeks(List<Window> windows) {
		Map<Long, RecentRow> recent = new HashMap<>();
		if (windows.isEmpty()) {
			return recent;
		}
		jdbc.sql("""
				select w.patient_id,
				       array_agg(s.total order by s.week_start desc)
				           filter (where not s.in_progress and s.week_start between w.adherence_from and w.adherence_to)
				           as totals,
				       count(*) filter (where s.upper_limit_warning and s.week_start between w.safety_from and w.safety_to)
				           as warning_weeks
				from unnest(cast(:patients as bigint[]), cast(:adherenceFrom as date[]), cast(:adherenceTo as date[]),
				            cast(:safetyFrom as date[]), cast(:safetyTo as date[]))
				         as w(patient_id, adherence_from, adherence_to, safety_from, safety_to)
				join weekly_scores s on s.patient_id = w.patient_id
				    and s.week_start between least(w.adherence_from, w.safety_from) and greatest(w.adherence_to, w.safety_to)
				group by w.patient_id""")
			.param("patients", windows.stream().map(Window::patientId).toArray(Long[]::new))
			.param("adherenceFrom", mondays(windows, Window::adherenceFrom))
			.param("adherenceTo", mondays(windows, Window::adherenceTo))
			.param("safetyFrom", mondays(windows, Window::safetyFrom))
			.param("safetyTo", mondays(windows, Window::safetyTo))
			.query(rs -> {
				List<Integer> totals = new ArrayList<>();
				Array array = rs.getArray("totals");
				if (array != null) {
					for (Object total : (Object[]) array.getArray()) {
						totals.add(((Number) total).intValue());
					}
				}
				recent.put(rs.getLong("patient_id"), new RecentRow(totals, rs.getInt("warning_weeks")));
			});
		return recent;
	}

	/** The weeks one patient's recent figures are taken from. */
	public record Window(long patientId, IsoWeek adherenceFrom, IsoWeek adherenceTo, IsoWeek safetyFrom,
			IsoWeek safetyTo) {

		IsoWeek earliest() {
			return adherenceFrom.compareTo(safetyFrom) < 0 ? adherenceFrom : safetyFrom;
		}

		IsoWeek latest() {
			return adherenceTo.compareTo(safetyTo) > 0 ? adherenceTo : safetyTo;
		}

	}

	/** @param totals the complete weeks' totals in the adherence window, newest first */
	public record RecentRow(List<Integer> totals, int upperLimitWarningWeeks) {

		/**
		 * The figures of one window from a summary row, whose position i holds the week i weeks
		 * before {@code latest}: its total (empty where no week is stored), and 't' or 'f' for in
		 * progress and for an upper-limit warning. Null when no stored week falls in the window, as
		 * the query over the weeks gives no row then.
		 */
		static @Nullable RecentRow of(Window window, IsoWeek latest, String[] totals, String inProgress,
				String warnings) {
			List<Integer> adherence = new ArrayList<>();
			int warningWeeks = 0;
			boolean any = false;
			IsoWeek week = latest;
			for (int i = 0; i < totals.length; i++, week = week.previous()) {
				if (totals[i].isEmpty() || week.compareTo(window.earliest()) < 0 || week.compareTo(window.latest()) > 0) {
					continue;
				}
				any = true;
				if (inProgress.charAt(i) == 'f' && between(week, window.adherenceFrom(), window.adherenceTo())) {
					adherence.add(Integer.parseInt(totals[i]));
				}
				if (warnings.charAt(i) == 't' && between(week, window.safetyFrom(), window.safetyTo())) {
					warningWeeks++;
				}
			}
			return any ? new RecentRow(adherence, warningWeeks) : null;
		}

		private static boolean between(IsoWeek week, IsoWeek from, IsoWeek to) {
			return week.compareTo(from) >= 0 && week.compareTo(to) <= 0;
		}

	}

	private WeekScore weekScore(ResultSet rs) throws SQLException {
		String text = rs.getString("findings");
		// lists of weeks carry the findings of one week only ('[]' for the rest): no parser needed for those
		List<Finding> findings = "[]".equals(text) ? List.of() : json.readValue(text, FINDINGS);
		return new WeekScore(IsoWeek.of(rs.getObject("week_start", LocalDate.class)), rs.getInt("total"),
				rs.getInt("loading"), rs.getInt("nutrition"), rs.getInt("rule_set_version"), rs.getBoolean("in_progress"),
				rs.getObject("computed_at", OffsetDateTime.class).toInstant(), findings);
	}

	/** Dates go to PostgreSQL as text and are cast there: the driver has no date-array binding. */
	private static String[] mondays(List<Window> windows, java.util.function.Function<Window, IsoWeek> week) {
		return windows.stream().map(w -> week.apply(w).monday().toString()).toArray(String[]::new);
	}

}
