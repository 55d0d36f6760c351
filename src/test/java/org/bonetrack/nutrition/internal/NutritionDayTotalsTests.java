package org.bonetrack.nutrition.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Day totals are stored with the entries (V54), kept by a trigger: whatever is logged, changed,
 * moved to another day or deleted, each stored day must say exactly what summing its entries
 * through {@code nutrition_entry_amounts} says, and a day without entries has no row.
 */
@IntegrationTest
class NutritionDayTotalsTests {

	private static final LocalDate FIRST_DAY = LocalDate.of(2026, 10, 1);

	private static final String SUMMED_FROM_ENTRIES = """
			select a.patient_id, a.eaten_on, cast(count(*) as integer) as entry_count, sum(a.calcium_mg) as calcium_mg,
			       sum(a.vitamin_d_ug) as vitamin_d_ug, sum(a.vitamin_k_ug) as vitamin_k_ug,
			       sum(a.magnesium_mg) as magnesium_mg,
			       coalesce(sum(a.magnesium_mg) filter (where a.supplemental), 0) as supplemental_magnesium_mg,
			       sum(a.epa_dha_mg) as epa_dha_mg, sum(a.protein_g) as protein_g,
			       bool_or(a.calcium_mg is null) as calcium_unknown, bool_or(a.vitamin_d_ug is null) as vitamin_d_unknown,
			       bool_or(a.vitamin_k_ug is null) as vitamin_k_unknown,
			       bool_or(a.magnesium_mg is null) as magnesium_unknown,
			       bool_or(a.epa_dha_mg is null) as epa_dha_unknown, bool_or(a.protein_g is null) as protein_unknown,
			       coalesce(bool_or(a.supplemental and a.vitamin_k_ug > 0), false) as vitamin_k_supplement
			from nutrition_entry_amounts a
			where a.patient_id = any(cast(? as bigint[]))
			group by a.patient_id, a.eaten_on
			order by a.patient_id, a.eaten_on""";

	private static final String STORED = """
			select patient_id, eaten_on, entry_count, calcium_mg, vitamin_d_ug, vitamin_k_ug, magnesium_mg,
			       supplemental_magnesium_mg, epa_dha_mg, protein_g, calcium_unknown, vitamin_d_unknown,
			       vitamin_k_unknown, magnesium_unknown, epa_dha_unknown, protein_unknown, vitamin_k_supplement
			from nutrition_day_totals
			where patient_id = any(cast(? as bigint[]))
			order by patient_id, eaten_on""";

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void eachStoredDayIsTheSumOfItsEntriesAfterLoggingChangingMovingAndDeleting() {
		Random random = new Random(20261127);
		List<Long> foods = jdbc.queryForList("select id from foods order by id limit 40", Long.class);
		Long[] patients = { people.patient().id(), people.patient().id(), people.patient().id() };
		List<Long> entryIds = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			entryIds.add(log(patients[random.nextInt(patients.length)], FIRST_DAY.plusDays(random.nextInt(6)), foods,
					random));
		}
		assertThat(stored(patients)).isEqualTo(summed(patients)).isNotEmpty();

		for (int change = 0; change < 120; change++) {
			long entry = entryIds.get(random.nextInt(entryIds.size()));
			switch (random.nextInt(4)) {
				case 0 -> jdbc.update("update nutrition_entries set eaten_on = ? where id = ?",
						FIRST_DAY.plusDays(random.nextInt(8)), entry);
				case 1 -> jdbc.update("update nutrition_entries set grams = grams * 2 where id = ? and kind = 'FOOD'", entry);
				case 2 -> jdbc.update("update nutrition_entries set patient_id = ? where id = ?",
						patients[random.nextInt(patients.length)], entry);
				default -> jdbc.update("delete from nutrition_entries where id = ?", entry);
			}
		}
		// one day loses every entry: it has no row
		jdbc.update("delete from nutrition_entries where patient_id = ? and eaten_on = ?", patients[0], FIRST_DAY);

		assertThat(stored(patients)).isEqualTo(summed(patients));
		assertThat(jdbc.queryForObject("select count(*) from nutrition_day_totals where patient_id = ? and eaten_on = ?",
				Integer.class, patients[0], FIRST_DAY)).isZero();
	}

	@Test
	void aMealLoggedWhileAnotherOfTheSameDayIsDeletedStillCounts() throws Exception {
		Long[] patient = { people.patient().id() };
		String insert = """
				insert into nutrition_entries (patient_id, eaten_on, kind, calcium_mg, created_at, updated_at)
				values (?, ?, 'MANUAL', ?, now(), now())""";
		jdbc.update(insert, patient[0], FIRST_DAY, 50);
		long deleted = jdbc.queryForObject("""
				insert into nutrition_entries (patient_id, eaten_on, kind, calcium_mg, created_at, updated_at)
				values (?, ?, 'MANUAL', 25, now(), now()) returning id""", Long.class, patient[0], FIRST_DAY);
		try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
			first.setAutoCommit(false);
			second.setAutoCommit(false);
			execute(first, insert, patient[0], FIRST_DAY, 100);
			// the delete waits for the first's lock on the day's row, then sums with the first's entry
			CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
				try {
					execute(second, "delete from nutrition_entries where id = ?", deleted);
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			Thread.sleep(300);
			assertThat(waiting).isNotDone();
			first.commit();
			waiting.get(10, TimeUnit.SECONDS);
			second.commit();
		}

		assertThat(stored(patient)).isEqualTo(summed(patient));
		assertThat(jdbc.queryForObject("select calcium_mg from nutrition_day_totals where patient_id = ?",
				java.math.BigDecimal.class, patient[0])).isEqualByComparingTo("150");
	}

	private static void execute(Connection connection, String sql, Object... args) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			statement.executeUpdate();
		}
	}

	@Test
	void aDeletedAccountLeavesNoDayTotals() {
		long patient = people.patient().id();
		List<Long> foods = jdbc.queryForList("select id from foods order by id limit 1", Long.class);
		log(patient, FIRST_DAY, foods, new Random(1));

		jdbc.update("delete from users where id = ?", patient);

		assertThat(jdbc.queryForObject("select count(*) from nutrition_day_totals where patient_id = ?", Integer.class,
				patient)).isZero();
	}

	/** A food by grams, or amounts entered by hand (some left empty, some as supplements). */
	private long log(long patient, LocalDate day, List<Long> foods, Random random) {
		if (random.nextBoolean()) {
			return jdbc.queryForObject("""
					insert into nutrition_entries (patient_id, eaten_on, kind, food_id, grams, created_at, updated_at)
					values (?, ?, 'FOOD', ?, ?, now(), now()) returning id""", Long.class, patient, day,
					foods.get(random.nextInt(foods.size())), 10 + random.nextInt(300));
		}
		return jdbc.queryForObject("""
				insert into nutrition_entries (patient_id, eaten_on, kind, supplemental, calcium_mg, vitamin_k_ug,
				                               magnesium_mg, created_at, updated_at)
				values (?, ?, 'MANUAL', ?, ?, ?, ?, now(), now()) returning id""", Long.class, patient, day,
				random.nextBoolean(), 100 + random.nextInt(400), random.nextBoolean() ? null : random.nextInt(100),
				random.nextBoolean() ? null : random.nextInt(200));
	}

	private List<Map<String, Object>> summed(Long[] patients) {
		return jdbc.queryForList(SUMMED_FROM_ENTRIES, (Object) patients);
	}

	private List<Map<String, Object>> stored(Long[] patients) {
		return jdbc.queryForList(STORED, (Object) patients);
	}

}
