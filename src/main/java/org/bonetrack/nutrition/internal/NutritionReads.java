package org.bonetrack.nutrition.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bonetrack.nutrition.DailyNutrition;
import org.bonetrack.nutrition.Nutrient;
import org.bonetrack.shared.DaySpans;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads entries and day totals. Every amount comes from the view {@code nutrition_entry_amounts},
 * the one place that says how an entry turns into nutrients; a day's totals are summed from it by
 * a trigger with every change to the day's entries ({@code nutrition_day_totals}, V54), so they
 * are always the sum of the entries without summing them on every read.
 */
@Component
public class NutritionReads {

	/** A day's totals as stored with its entries (V54): one row per day with entries. */
	private static final String DAY_TOTALS = """
			select t.eaten_on, t.patient_id, t.entry_count, t.calcium_mg, t.vitamin_d_ug, t.vitamin_k_ug, t.magnesium_mg,
			       t.supplemental_magnesium_mg, t.epa_dha_mg, t.protein_g, t.calcium_unknown, t.vitamin_d_unknown,
			       t.vitamin_k_unknown, t.magnesium_unknown, t.epa_dha_unknown, t.protein_unknown, t.vitamin_k_supplement
			""";

	private static final String DAYS = DAY_TOTALS + """
			from nutrition_day_totals t
			where t.patient_id = :patientId and t.eaten_on between :from and :to
			order by t.eaten_on
			""";

	/** One index range per span: a batch of weeks spread over a year does not read the year. */
	private static final String DAYS_IN_SPANS = DAY_TOTALS + """
			from unnest(cast(:patients as bigint[]), cast(:firstDays as date[]), cast(:lastDays as date[]))
			         as w(patient_id, first_day, last_day)
			join nutrition_day_totals t on t.patient_id = w.patient_id and t.eaten_on between w.first_day and w.last_day
			order by t.patient_id, t.eaten_on
			""";

	private static final String ENTRIES = """
			select e.id, e.version, e.eaten_on, e.kind, e.food_id, e.grams, e.portions, e.supplement_id, e.servings,
			       e.label, e.supplemental, e.source, f.description as food_description, f.portion_description,
			       s.name as supplement_name, s.serving,
			       a.calcium_mg, a.vitamin_d_ug, a.vitamin_k_ug, a.magnesium_mg, a.epa_dha_mg, a.protein_g
			from nutrition_entries e
			join nutrition_entry_amounts a on a.id = e.id
			left join foods f on f.id = e.food_id
			left join supplement_presets s on s.id = e.supplement_id
			""";

	private final JdbcClient jdbc;

	NutritionReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One element per date from {@code from} to {@code to} (inclusive) that has entries, in date order. */
	@Transactional(readOnly = true)
	public List<DailyNutrition> days(long patientId, LocalDate from, LocalDate to) {
		return jdbc.sql(DAYS)
			.param("patientId", patientId)
			.param("from", from)
			.param("to", to)
			.query(NutritionReads::day)
			.list();
	}

	/** A day's entries in the order they were logged. */
	@Transactional(readOnly = true)
	public List<EntryView> entries(long patientId, LocalDate date) {
		return jdbc.sql(ENTRIES + " where e.patient_id = :patientId and e.eaten_on = :date order by e.id")
			.param("patientId", patientId)
			.param("date", date)
			.query(NutritionReads::entry)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<EntryView> entry(long patientId, long entryId) {
		return jdbc.sql(ENTRIES + " where e.patient_id = :patientId and e.id = :id")
			.param("patientId", patientId)
			.param("id", entryId)
			.query(NutritionReads::entry)
			.optional();
	}

	/**
	 * The latest date with an entry, per patient who has one, from {@code nutrition_last_entries}
	 * (kept by a trigger with every change to the entries, V49): one small row per patient.
	 */
	@Transactional(readOnly = true)
	public Map<Long, LocalDate> lastLoggedOn(Collection<Long> patientIds) {
		Map<Long, LocalDate> dates = new HashMap<>();
		if (patientIds.isEmpty()) {
			return dates;
		}
		jdbc.sql("select patient_id, last_eaten_on from nutrition_last_entries where patient_id = any(cast(:ids as bigint[]))")
			.param("ids", new LinkedHashSet<>(patientIds).toArray(Long[]::new))
			.query(rs -> {
				dates.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
			});
		return dates;
	}

	/** The earliest date with an entry, per patient who has one. */
	@Transactional(readOnly = true)
	public Map<Long, LocalDate> firstLoggedOn(Collection<Long> patientIds) {
		Map<Long, LocalDate> dates = new HashMap<>();
		if (patientIds.isEmpty()) {
			return dates;
		}
		// one index probe per patient on (patient, date) rather than a group by over every entry
		// (1.5 s for 500 patients' histories)
		jdbc.sql("select p.id, (select min(e.eaten_on) from nutrition_entries e where e.patient_id = p.id) "
				+ "from unnest(cast(:ids as bigint[])) as p(id)")
			.param("ids", new LinkedHashSet<>(patientIds).toArray(Long[]::new))
			.query(rs -> {
				LocalDate day = rs.getObject(2, LocalDate.class);
				if (day != null) {
					dates.put(rs.getLong(1), day);
				}
			});
		return dates;
	}

	@Transactional(readOnly = true)
	public Optional<LocalDate> firstLoggedOn(long patientId) {
		return Optional.ofNullable(jdbc.sql("select min(eaten_on) from nutrition_entries where patient_id = ?")
			.param(patientId)
			.query(LocalDate.class)
			.single());
	}

	/** Each patient's days with entries in the range, in date order; patients without any are absent. One query. */
	@Transactional(readOnly = true)
	public Map<Long, List<DailyNutrition>> days(Collection<Long> patientIds, LocalDate from, LocalDate to) {
		return days(DaySpans.ofRange(patientIds, from, to));
	}

	/** Each patient's days with entries in her spans, in date order; patients without any are absent. One query. */
	@Transactional(readOnly = true)
	public Map<Long, List<DailyNutrition>> days(DaySpans spans) {
		Map<Long, List<DailyNutrition>> found = new LinkedHashMap<>();
		if (spans.isEmpty()) {
			return found;
		}
		jdbc.sql(DAYS_IN_SPANS)
			.param("patients", spans.patients())
			.param("firstDays", spans.firstDays())
			.param("lastDays", spans.lastDays())
			.query(rs -> {
				found.computeIfAbsent(rs.getLong("patient_id"), id -> new ArrayList<>()).add(day(rs, 0));
			});
		return found;
	}

	private static DailyNutrition day(ResultSet rs, int row) throws SQLException {
		Set<Nutrient> unknown = EnumSet.noneOf(Nutrient.class);
		addIf(rs.getBoolean("calcium_unknown"), Nutrient.CALCIUM, unknown);
		addIf(rs.getBoolean("vitamin_d_unknown"), Nutrient.VITAMIN_D, unknown);
		addIf(rs.getBoolean("vitamin_k_unknown"), Nutrient.VITAMIN_K, unknown);
		addIf(rs.getBoolean("magnesium_unknown"), Nutrient.MAGNESIUM, unknown);
		addIf(rs.getBoolean("epa_dha_unknown"), Nutrient.EPA_DHA, unknown);
		addIf(rs.getBoolean("protein_unknown"), Nutrient.PROTEIN, unknown);
		return new DailyNutrition(rs.getObject("eaten_on", LocalDate.class), rs.getInt("entry_count"),
				decimal(rs, "calcium_mg"), decimal(rs, "vitamin_d_ug"), decimal(rs, "vitamin_k_ug"),
				decimal(rs, "magnesium_mg"), decimal(rs, "supplemental_magnesium_mg"), decimal(rs, "epa_dha_mg"),
				decimal(rs, "protein_g"), unknown, rs.getBoolean("vitamin_k_supplement"));
	}

	private static EntryView entry(ResultSet rs, int row) throws SQLException {
		EntryKind kind = EntryKind.valueOf(rs.getString("kind"));
		String label = rs.getString("label");
		String description = switch (kind) {
			case FOOD -> rs.getString("food_description");
			case SUPPLEMENT -> rs.getString("supplement_name");
			case MANUAL -> label == null ? "Amounts entered by hand" : label;
			case IMPORTED -> label == null ? "Imported day" : label;
		};
		return new EntryView(rs.getLong("id"), rs.getLong("version"), rs.getObject("eaten_on", LocalDate.class), kind,
				description, (Long) rs.getObject("food_id"), decimal(rs, "grams"), decimal(rs, "portions"),
				rs.getString("portion_description"), (Long) rs.getObject("supplement_id"), decimal(rs, "servings"),
				rs.getString("serving"), label, rs.getBoolean("supplemental"), rs.getString("source"),
				new NutrientAmounts(decimal(rs, "calcium_mg"), decimal(rs, "vitamin_d_ug"), decimal(rs, "vitamin_k_ug"),
						decimal(rs, "magnesium_mg"), decimal(rs, "epa_dha_mg"), decimal(rs, "protein_g")));
	}

	private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
		return Amounts.tidy(rs.getBigDecimal(column));
	}

	private static void addIf(boolean condition, Nutrient nutrient, Set<Nutrient> set) {
		if (condition) {
			set.add(nutrient);
		}
	}

	/** Which of these patients logged a supplement with vitamin K on or after the date; one query. */
	@Transactional(readOnly = true)
	public Set<Long> vitaminKSupplementSince(Collection<Long> patientIds, LocalDate from) {
		if (patientIds.isEmpty()) {
			return Set.of();
		}
		// nutrition_last_entries keeps each patient's latest vitamin K supplement day (V49)
		return new HashSet<>(jdbc.sql("""
				select patient_id from nutrition_last_entries
				where patient_id = any(cast(:ids as bigint[])) and last_vitamin_k_supplement_on >= :from""")
			.param("ids", new LinkedHashSet<>(patientIds).toArray(Long[]::new))
			.param("from", from)
			.query(Long.class)
			.list());
	}

}
