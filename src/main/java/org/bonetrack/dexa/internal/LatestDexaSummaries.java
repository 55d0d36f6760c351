package org.bonetrack.dexa.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import org.bonetrack.dexa.DexaAnalysis;
import org.bonetrack.dexa.DexaBrief;
import org.bonetrack.dexa.DexaScan;
import org.bonetrack.dexa.DexaSummary;
import org.bonetrack.dexa.LscDefaults;
import org.bonetrack.dexa.WhoCategory;
import org.bonetrack.patients.Patients;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Each patient's latest scan in brief, stored in {@code dexa_latest_summaries} with the inputs it
 * was computed with (anastrozole start, LSC defaults), so that a list of hundreds of patients
 * reads one row per patient instead of every scan. A row is only served when its inputs are the
 * caller's; the rest are analysed from the scans as before, so a missing or stale row costs time,
 * never correctness.
 *
 * <p>
 * Every change of a patient's scans recomputes her row in the same transaction
 * ({@link #refresh}); {@link #catchUp} fills rows that are missing (e.g. scans loaded with COPY)
 * or stale (new LSC defaults, a changed anastrozole start). Both hold a per-patient advisory lock
 * until commit and read the scans after taking it, so the last row written for a patient is
 * computed from all scans committed before it: two clinicians editing at once, or the catch-up
 * racing an edit, cannot leave an outdated row behind.
 */
@Component
public class LatestDexaSummaries {

	/** The advisory lock space of these rows ("DEXA" in ASCII), the patient id being the other key. */
	private static final int LOCK_SPACE = 0x44455841;

	private static final String LOCK_KEY = "cast(%s %% 2147483648 as int)";

	private static final String READ = """
			select p.id, d.patient_id is not null as stored, d.anastrozole_start, d.lsc_key, d.scan_date, %s,
			       case when d.patient_id is null
			            then exists (select 1 from dexa_scans s where s.patient_id = p.id) end as has_scans
			from unnest(cast(:patients as bigint[])) as p(id)
			left join dexa_latest_summaries d on d.patient_id = p.id""";

	private static final String READ_SUMMARIES = READ.formatted("d.summary::text as summary");

	private static final String READ_BRIEFS = READ.formatted("d.who_category, d.lowest_t_score, d.significant_loss");

	/** Patients with scans but no row, or a row with other LSC defaults (or wrongly saying "no scans"). */
	private static final String MISSING_OR_OTHER_DEFAULTS = """
			select s.patient_id from dexa_scans s
			where not exists (select 1 from dexa_latest_summaries d
			                  where d.patient_id = s.patient_id and d.summary is not null and d.lsc_key = :key)
			group by s.patient_id order by s.patient_id limit :limit""";

	private static final String UPSERT = """
			insert into dexa_latest_summaries (patient_id, anastrozole_start, lsc_key, summary, scan_date, who_category,
			    lowest_t_score, significant_loss, computed_at)
			values (?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, now())
			on conflict (patient_id) do update set anastrozole_start = excluded.anastrozole_start,
			    lsc_key = excluded.lsc_key, summary = excluded.summary, scan_date = excluded.scan_date,
			    who_category = excluded.who_category, lowest_t_score = excluded.lowest_t_score,
			    significant_loss = excluded.significant_loss, computed_at = excluded.computed_at""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final DexaScanQueries queries;

	private final Patients patients;

	private final JsonMapper json;

	/** Where the catch-up's sweep for changed anastrozole starts goes on (this instance's own). */
	private final AtomicLong sweptUpTo = new AtomicLong();

	LatestDexaSummaries(JdbcClient jdbc, JdbcTemplate template, DexaScanQueries queries, Patients patients,
			JsonMapper json) {
		this.jdbc = jdbc;
		this.template = template;
		this.queries = queries;
		this.patients = patients;
		this.json = json;
	}

	/** The stored rows of these patients, sorted into those that may be served and those to analyse. */
	public Stored<DexaSummary> read(Collection<Long> patientIds, Map<Long, LocalDate> anastrozoleStarts,
			LscDefaults defaults) {
		return read(READ_SUMMARIES, patientIds, anastrozoleStarts, defaults,
				(rs, row) -> json.readValue(rs.getString("summary"), StoredDexaSummary.class).toSummary());
	}

	/** The same in brief, from the row's columns: what a list of hundreds of patients needs. */
	public Stored<DexaBrief> readBriefs(Collection<Long> patientIds, Map<Long, LocalDate> anastrozoleStarts,
			LscDefaults defaults) {
		return read(READ_BRIEFS, patientIds, anastrozoleStarts, defaults, (rs, row) -> {
			String who = rs.getString("who_category");
			return new DexaBrief(rs.getObject("scan_date", LocalDate.class), who == null ? null : WhoCategory.valueOf(who),
					rs.getBigDecimal("lowest_t_score"), rs.getBoolean("significant_loss"));
		});
	}

	private <T> Stored<T> read(String sql, Collection<Long> patientIds, Map<Long, LocalDate> anastrozoleStarts,
			LscDefaults defaults, RowMapper<T> mapper) {
		String key = keyOf(defaults);
		Map<Long, T> current = new HashMap<>();
		Set<Long> toAnalyse = new LinkedHashSet<>();
		jdbc.sql(sql).param("patients", patientIds.toArray(Long[]::new)).query((RowCallbackHandler) rs -> {
			long patientId = rs.getLong("id");
			boolean hasSummary = rs.getObject("scan_date") != null;
			if (!rs.getBoolean("stored")) {
				if (rs.getBoolean("has_scans")) {
					toAnalyse.add(patientId);
				}
			}
			else if (hasSummary && key.equals(rs.getString("lsc_key"))
					&& Objects.equals(rs.getObject("anastrozole_start", LocalDate.class), anastrozoleStarts.get(patientId))) {
				current.put(patientId, mapper.mapRow(rs, 0));
			}
			else if (hasSummary) {
				toAnalyse.add(patientId);
			}
			// a stored row without a summary: no scans, whatever the inputs
		});
		return new Stored<>(current, toAnalyse);
	}

	/** Recomputes the patient's row after a change of her scans, in the change's transaction. */
	@Transactional
	public void refresh(long patientId, LscDefaults defaults) {
		lock(patientId);
		store(List.of(patientId), defaults);
	}

	/** Removes the patient's row (her data is being erased). */
	@Transactional
	public void forget(long patientId) {
		lock(patientId);
		jdbc.sql("delete from dexa_latest_summaries where patient_id = :patient").param("patient", patientId).update();
	}

	/** Waits for the patient's advisory lock, held until the transaction ends. */
	private void lock(long patientId) {
		jdbc.sql("select pg_advisory_xact_lock(:space, " + LOCK_KEY.formatted(":patient") + ")")
			.param("space", LOCK_SPACE)
			.param("patient", patientId)
			.query((RowCallbackHandler) rs -> {
			});
	}

	/**
	 * Stores the rows of up to {@code limit} patients whose row is missing or was computed with
	 * other LSC defaults, and of those among the next {@code limit} stored rows (a sweep that wraps
	 * around) whose anastrozole start has changed. Patients locked by another transaction (an edit,
	 * another instance's catch-up) are left to it. Returns how many rows it stored.
	 */
	@Transactional
	public int catchUp(LscDefaults defaults, int limit) {
		Set<Long> due = new TreeSet<>(jdbc.sql(MISSING_OR_OTHER_DEFAULTS)
			.param("key", keyOf(defaults))
			.param("limit", limit)
			.query(Long.class)
			.list());
		due.addAll(changedStarts(limit));
		if (due.isEmpty()) {
			return 0;
		}
		List<Long> locked = jdbc
			.sql("select p.id from unnest(cast(:patients as bigint[])) as p(id) where pg_try_advisory_xact_lock(:space, "
					+ LOCK_KEY.formatted("p.id") + ")")
			.param("patients", due.toArray(Long[]::new))
			.param("space", LOCK_SPACE)
			.query(Long.class)
			.list();
		store(locked, defaults);
		return locked.size();
	}

	/** The next page of stored summaries whose anastrozole start is no longer the patient's. */
	private List<Long> changedStarts(int limit) {
		long after = sweptUpTo.get();
		Map<Long, @Nullable LocalDate> stored = new HashMap<>();
		jdbc.sql("""
				select patient_id, anastrozole_start from dexa_latest_summaries
				where summary is not null and patient_id > :after order by patient_id limit :limit""")
			.param("after", after)
			.param("limit", limit)
			.query((RowCallbackHandler) rs -> stored.put(rs.getLong("patient_id"),
					rs.getObject("anastrozole_start", LocalDate.class)));
		sweptUpTo.set(stored.size() < limit ? 0 : stored.keySet().stream().mapToLong(Long::longValue).max().orElse(0));
		if (stored.isEmpty()) {
			return List.of();
		}
		Map<Long, LocalDate> starts = patients.anastrozoleStarts(stored.keySet());
		return stored.entrySet()
			.stream()
			.filter(entry -> !Objects.equals(entry.getValue(), starts.get(entry.getKey())))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** Analyses the patients' scans as they are now and upserts their rows. */
	private void store(Collection<Long> patientIds, LscDefaults defaults) {
		if (patientIds.isEmpty()) {
			return;
		}
		Map<Long, List<DexaScan>> scans = queries.scansOf(patientIds);
		Map<Long, LocalDate> starts = patients.anastrozoleStarts(scans.keySet());
		DexaAnalysis analysis = new DexaAnalysis(defaults);
		String key = keyOf(defaults);
		List<Object[]> rows = new ArrayList<>(patientIds.size());
		for (Long patientId : patientIds) {
			List<DexaScan> own = scans.get(patientId);
			if (own == null) {
				rows.add(new Object[] { patientId, null, key, null, null, null, null, null });
			}
			else {
				LocalDate start = starts.get(patientId);
				DexaSummary summary = Objects.requireNonNull(analysis.latest(own, start));
				DexaBrief brief = DexaBrief.of(summary);
				rows.add(new Object[] { patientId, start, key, json.writeValueAsString(StoredDexaSummary.of(summary)),
						brief.date(), brief.whoCategory() == null ? null : brief.whoCategory().name(), brief.lowestTScore(),
						brief.significantLossSincePrevious() });
			}
		}
		template.batchUpdate(UPSERT, rows);
	}

	/**
	 * The LSC defaults as stored with a row: each percentage as written, scale included, since
	 * 5.3 and 5.30 give summaries that differ (the percentage used is part of each change).
	 */
	static String keyOf(LscDefaults defaults) {
		return defaults.lumbarSpinePercent() + "/" + defaults.totalHipPercent() + "/" + defaults.femoralNeckPercent()
				+ "/" + defaults.radiusPercent();
	}

	/**
	 * What {@link #read} found: the summaries that may be served, and the patients with scans whose
	 * row is missing or was computed with other inputs. Patients with neither have no scans.
	 */
	public record Stored<T>(Map<Long, T> current, Set<Long> toAnalyse) {
	}

}
