package org.bonetrack.nutrition.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bonetrack.patients.DemoCohort;
import org.bonetrack.patients.DemoPatient;
import org.bonetrack.patients.DemoTrait;
import org.bonetrack.patients.Patients;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo profile's nutrition: about a year of ordinary meals and supplements for each demo
 * patient, logged on as many days as her adherence says. The calcium over-doer takes three or
 * four calcium tablets on top of a dairy-rich diet; the patient on warfarin takes a vitamin K2
 * supplement; lapsed patients stopped logging three to four weeks ago; the newest patient has
 * logged nothing. Deterministic (a random generator seeded per patient), written in JDBC
 * batches, and idempotent: a patient who already has entries is left alone. No events are
 * published: these are seed rows, not patients' actions.
 */
@Component
@Profile("demo")
@Order(210)
class DemoNutritionSeeder implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(DemoNutritionSeeder.class);

	static final int DAYS = 365;

	/** One statement per patient: the rows travel as arrays, which PostgreSQL unnests into rows. */
	private static final String INSERT = """
			insert into nutrition_entries (patient_id, eaten_on, kind, food_id, grams, portions, supplement_id, servings,
			       supplemental, calcium_mg, vitamin_d_ug, vitamin_k_ug, magnesium_mg, epa_dha_mg, protein_g,
			       created_at, updated_at)
			select ?, r.*, ?, ?
			from unnest(?::date[], ?::varchar[], ?::bigint[], ?::numeric[], ?::numeric[], ?::bigint[], ?::numeric[],
			            ?::boolean[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[])
			     as r
			""";

	/** SQL array element types of the unnested columns, in the order of {@link #INSERT}. */
	private static final String[] ARRAY_TYPES = { "date", "varchar", "int8", "numeric", "numeric", "int8", "numeric",
			"bool", "numeric", "numeric", "numeric", "numeric", "numeric", "numeric" };

	/** Meals as (SR NDB number, portions or, with a "g" marker, grams). */
	private static final List<List<Item>> BREAKFASTS = List.of(
			List.of(Item.grams(8121, 250), Item.portions(1079, 1)),
			List.of(Item.portions(1287, 1), Item.grams(12061, 25), Item.grams(9040, 110)),
			List.of(Item.portions(1132, 2), Item.portions(18075, 2), Item.portions(9210, 1)),
			List.of(Item.grams(8123, 240), Item.portions(1077, 1)));

	private static final List<List<Item>> LUNCHES = List.of(
			List.of(Item.grams(15088, 100), Item.portions(18075, 2), Item.portions(11457, 1)),
			List.of(Item.portions(15260, 1), Item.portions(11251, 1), Item.grams(11124, 60)),
			List.of(Item.portions(16070, 1), Item.portions(11233, 2), Item.grams(1009, 30)),
			List.of(Item.grams(5064, 100), Item.portions(20137, 1), Item.portions(11091, 2)),
			List.of(Item.portions(16427, 1), Item.portions(20037, 1)));

	private static final List<List<Item>> DINNERS = List.of(
			List.of(Item.grams(15236, 140), Item.grams(11508, 150), Item.portions(11091, 2)),
			List.of(Item.grams(5098, 100), Item.portions(11674, 1), Item.portions(11053, 1)),
			List.of(Item.portions(16015, 1), Item.portions(20045, 1), Item.grams(1009, 30)),
			List.of(Item.portions(16427, 1), Item.portions(20045, 1), Item.portions(11233, 2)));

	private static final List<Item> SNACKS = List.of(Item.portions(1116, 1), Item.portions(9003, 1),
			Item.grams(12061, 20), Item.portions(1079, 1), Item.portions(9200, 1));

	private final DemoCohort cohort;

	private final Patients patients;

	private final FoodCatalogue foods;

	private final SupplementPresets supplements;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoNutritionSeeder(DemoCohort cohort, Patients patients, FoodCatalogue foods, SupplementPresets supplements,
			JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
		this.cohort = cohort;
		this.patients = patients;
		this.foods = foods;
		this.supplements = supplements;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Map<Long, Food> catalogue = new HashMap<>();
		for (List<List<Item>> meals : List.of(BREAKFASTS, LUNCHES, DINNERS, List.of(SNACKS))) {
			meals.forEach(meal -> meal.forEach(item -> foods.find(item.foodId()).ifPresent(food -> catalogue.put(food.id(), food))));
		}
		Map<String, SupplementPreset> presets = new HashMap<>();
		supplements.all().forEach(preset -> presets.put(preset.code(), preset));
		int seeded = 0;
		int rows = 0;
		for (DemoPatient patient : cohort.patients()) {
			if (patient.has(DemoTrait.NEW_NO_DATA) || hasEntries(patient.id())) {
				continue;
			}
			List<Object[]> plan = new Plan(patient, patients.today(patient.id()), catalogue, presets).rows();
			Timestamp now = Timestamp.from(clock.instant());
			transactions.executeWithoutResult(status -> insert(patient.id(), plan, now));
			seeded++;
			rows += plan.size();
		}
		if (seeded > 0) {
			log.info("Demo nutrition: " + rows + " entries for " + seeded + " patients");
		}
	}

	private void insert(long patientId, List<Object[]> rows, Timestamp now) {
		jdbc.update(connection -> {
			var statement = connection.prepareStatement(INSERT);
			statement.setLong(1, patientId);
			statement.setTimestamp(2, now);
			statement.setTimestamp(3, now);
			for (int column = 0; column < ARRAY_TYPES.length; column++) {
				Object[] values = new Object[rows.size()];
				for (int row = 0; row < rows.size(); row++) {
					Object value = rows.get(row)[column];
					values[row] = value instanceof LocalDate date ? java.sql.Date.valueOf(date) : value;
				}
				statement.setArray(4 + column, connection.createArrayOf(ARRAY_TYPES[column], values));
			}
			return statement;
		});
	}

	private boolean hasEntries(long patientId) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from nutrition_entries where patient_id = ?)", Boolean.class, patientId));
	}

	/** One patient's year: which days she logged, what she ate and which supplements she took. */
	private static final class Plan {

		private final DemoPatient patient;

		private final LocalDate today;

		private final Map<Long, Food> catalogue;

		private final Map<String, SupplementPreset> presets;

		private final Random random;

		private final List<Object[]> rows = new ArrayList<>();

		Plan(DemoPatient patient, LocalDate today, Map<Long, Food> catalogue, Map<String, SupplementPreset> presets) {
			this.patient = patient;
			this.today = today;
			this.catalogue = catalogue;
			this.presets = presets;
			this.random = new Random(31L * patient.email().hashCode() + 4);
		}

		List<Object[]> rows() {
			boolean overdoer = patient.has(DemoTrait.CALCIUM_OVERDOER);
			boolean vitaminK = patient.has(DemoTrait.WARFARIN_VITAMIN_K);
			boolean calcium = overdoer || random.nextDouble() < 0.55;
			boolean vitaminD = random.nextDouble() < 0.8;
			String vitaminDCode = random.nextDouble() < 0.3 ? "vitamin-d3-2000-iu" : "vitamin-d3-1000-iu";
			boolean fishOil = random.nextDouble() < 0.3;
			boolean magnesium = random.nextDouble() < 0.25;
			boolean protein = random.nextDouble() < 0.15;
			LocalDate last = patient.has(DemoTrait.LAPSED) ? today.minusDays(22 + random.nextInt(7)) : today;
			// adherence decides how many days are logged; a floor keeps the least adherent visible
			double logged = Math.max(0.12, Math.min(0.97, patient.adherence()));
			for (LocalDate date = today.minusDays(DAYS - 1); !date.isAfter(last); date = date.plusDays(1)) {
				if (random.nextDouble() >= logged) {
					continue;
				}
				meal(date, pick(BREAKFASTS));
				meal(date, pick(LUNCHES));
				if (random.nextDouble() < 0.9) {
					meal(date, pick(DINNERS));
				}
				if (overdoer || random.nextDouble() < 0.5) {
					meal(date, List.of(overdoer ? SNACKS.get(0) : pick(SNACKS)));
				}
				if (overdoer) {
					food(date, Item.grams(1009, 40));
					supplement(date, "calcium-carbonate-500", 3 + (random.nextDouble() < 0.4 ? 1 : 0));
					supplement(date, "calcium-citrate-315", 1);
				}
				else if (calcium && taken()) {
					supplement(date, "calcium-carbonate-500", 1);
				}
				if (vitaminD && taken()) {
					supplement(date, vitaminDCode, 1);
				}
				if (vitaminK && taken()) {
					supplement(date, "vitamin-k2-mk7-100", 1);
				}
				if (fishOil && taken()) {
					supplement(date, "fish-oil-epa-180-dha-120", 2);
				}
				if (magnesium && taken()) {
					supplement(date, "magnesium-200", 1);
				}
				if (protein && taken()) {
					supplement(date, "protein-powder-25", 1);
				}
			}
			return rows;
		}

		private boolean taken() {
			return random.nextDouble() < 0.9;
		}

		private <T> T pick(List<T> options) {
			return options.get(random.nextInt(options.size()));
		}

		private void meal(LocalDate date, List<Item> items) {
			items.forEach(item -> food(date, item));
		}

		private void food(LocalDate date, Item item) {
			Food food = catalogue.get(item.foodId());
			if (food == null) {
				return;
			}
			// helpings vary a little from day to day
			BigDecimal factor = BigDecimal.valueOf(85 + random.nextInt(31)).movePointLeft(2);
			BigDecimal portions = null;
			BigDecimal grams;
			if (item.portions() != null && food.hasPortion()) {
				portions = item.portions().multiply(factor).setScale(1, RoundingMode.HALF_UP);
				grams = portions.multiply(food.portionGrams()).setScale(3, RoundingMode.HALF_UP);
			}
			else {
				BigDecimal base = item.grams() != null ? item.grams() : BigDecimal.valueOf(100);
				grams = base.multiply(factor).setScale(0, RoundingMode.HALF_UP);
			}
			rows.add(new Object[] { date, EntryKind.FOOD.name(), food.id(), grams, portions, null, null, false, null, null,
					null, null, null, null });
		}

		private void supplement(LocalDate date, String code, int servings) {
			SupplementPreset preset = presets.get(code);
			if (preset == null) {
				return;
			}
			NutrientAmounts amounts = preset.perServing();
			rows.add(new Object[] { date, EntryKind.SUPPLEMENT.name(), null, null, null, preset.id(),
					BigDecimal.valueOf(servings), true, amounts.calciumMg(), amounts.vitaminDUg(), amounts.vitaminKUg(),
					amounts.magnesiumMg(), amounts.epaDhaMg(), amounts.proteinG() });
		}

	}

	/** A food of a meal with a number of its household portions, or grams. */
	private record Item(long foodId, @Nullable BigDecimal portions, @Nullable BigDecimal grams) {

		static Item portions(long foodId, int portions) {
			return new Item(foodId, BigDecimal.valueOf(portions), null);
		}

		static Item grams(long foodId, int grams) {
			return new Item(foodId, null, BigDecimal.valueOf(grams));
		}

	}

}
