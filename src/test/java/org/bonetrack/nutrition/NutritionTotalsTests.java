package org.bonetrack.nutrition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.nutrition.internal.EntryInput.FoodInput;
import org.bonetrack.nutrition.internal.EntryInput.ManualInput;
import org.bonetrack.nutrition.internal.EntryInput.NutrientInput;
import org.bonetrack.nutrition.internal.EntryInput.SupplementInput;
import org.bonetrack.nutrition.internal.EntryView;
import org.bonetrack.nutrition.internal.NutritionEntries;
import org.bonetrack.nutrition.internal.NutritionReads;
import org.bonetrack.nutrition.internal.SupplementPreset;
import org.bonetrack.nutrition.internal.SupplementPresets;
import org.bonetrack.nutrition.internal.SupplementPresets.PresetInput;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.IsoWeek;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day's totals are the exact sum of its entries: food rows of foods.csv scaled by grams,
 * supplement presets times servings, and hand-entered amounts. Expected values are worked out by
 * hand from the CSV rows named in each test.
 */
@IntegrationTest
class NutritionTotalsTests {

	@Autowired
	TestPeople people;

	@Autowired
	Patients patients;

	@Autowired
	NutritionEntries entries;

	@Autowired
	NutritionLog log;

	@Autowired
	SupplementPresets supplements;

	@Autowired
	NutritionReads reads;

	@Test
	void aDaysTotalsAreTheExactSumOfFoodsSupplementsAndAmountsEnteredByHand() {
		AuthenticatedUser patient = people.patient();
		LocalDate day = patients.today(patient.id()).minusDays(3);
		// 01077 Milk, whole, per 100 g: Ca 113, D 1.3, K1 0.3 + MK-4 1 = 1.3, Mg 10, EPA 0 + DHA 0, protein 3.15;
		// one portion is "1 cup" = 244 g
		entries.add(patient.id(), day, new FoodInput(1077L, null, BigDecimal.ONE));
		// 15236 Salmon, Atlantic, farmed, raw, per 100 g: Ca 9, D 11, K1 0.5 + MK-4 0, Mg 27,
		// EPA 0.862 g + DHA 1.104 g = 1966 mg, protein 20.42; 85 g eaten
		entries.add(patient.id(), day, new FoodInput(15236L, new BigDecimal("85"), null));
		// two tablets of calcium carbonate, 500 mg calcium each
		entries.add(patient.id(), day, new SupplementInput(preset("calcium-carbonate-500"), new BigDecimal("2")));
		// by hand: 30 mg magnesium and 2.5 g protein
		entries.add(patient.id(), day, new ManualInput("Seed bar", false,
				new NutrientInput(null, null, null, null, new BigDecimal("30"), null, new BigDecimal("2.5"))));

		DailyNutrition total = log.day(patient.id(), day).orElseThrow();

		assertThat(total.entryCount()).isEqualTo(4);
		// milk 113 x 2.44 = 275.72; salmon 9 x 0.85 = 7.65; tablets 2 x 500 = 1000
		assertThat(total.calciumMg()).isEqualByComparingTo("1283.37");
		// 1.3 x 2.44 = 3.172; 11 x 0.85 = 9.35
		assertThat(total.vitaminDUg()).isEqualByComparingTo("12.522");
		// 1.3 x 2.44 = 3.172; 0.5 x 0.85 = 0.425
		assertThat(total.vitaminKUg()).isEqualByComparingTo("3.597");
		// 10 x 2.44 = 24.4; 27 x 0.85 = 22.95; by hand 30
		assertThat(total.magnesiumMg()).isEqualByComparingTo("77.35");
		// 0 x 2.44 = 0; 1966 x 0.85 = 1671.1
		assertThat(total.epaDhaMg()).isEqualByComparingTo("1671.1");
		// 3.15 x 2.44 = 7.686; 20.42 x 0.85 = 17.357; by hand 2.5
		assertThat(total.proteinG()).isEqualByComparingTo("27.543");
		assertThat(total.supplementalMagnesiumMg()).isEqualByComparingTo("0");
		assertThat(total.unknownNutrients()).isEmpty();
		assertThat(total.vitaminKSupplement()).isFalse();
	}

	@Test
	void aFoodsBlankValuesStayUnknownAndMarkTheDaysTotal() {
		AuthenticatedUser patient = people.patient();
		LocalDate onlySheepMilk = patients.today(patient.id()).minusDays(2);
		LocalDate withCheddar = onlySheepMilk.minusDays(1);
		// 01109 Milk, sheep: Ca 193, D blank, K1 blank, Mg 18, EPA/DHA blank, protein 5.98; 1 cup = 245 g
		entries.add(patient.id(), onlySheepMilk, new FoodInput(1109L, null, BigDecimal.ONE));
		entries.add(patient.id(), withCheddar, new FoodInput(1109L, new BigDecimal("100"), null));
		// 01009 Cheddar: D 0.6, K1 2.4 + MK-4 8.6 = 11.0, EPA+DHA 11 mg per 100 g; 50 g
		entries.add(patient.id(), withCheddar, new FoodInput(1009L, new BigDecimal("50"), null));

		DailyNutrition sheepMilk = log.day(patient.id(), onlySheepMilk).orElseThrow();
		assertThat(sheepMilk.calciumMg()).isEqualByComparingTo("472.85"); // 193 x 2.45
		assertThat(sheepMilk.vitaminDUg()).isNull();
		assertThat(sheepMilk.vitaminKUg()).isNull();
		assertThat(sheepMilk.epaDhaMg()).isNull();
		assertThat(sheepMilk.unknownNutrients()).containsExactlyInAnyOrder(Nutrient.VITAMIN_D, Nutrient.VITAMIN_K,
				Nutrient.EPA_DHA);

		DailyNutrition mixed = log.day(patient.id(), withCheddar).orElseThrow();
		// only the cheddar's part is known: 0.6 x 0.5 = 0.3; 11.0 x 0.5 = 5.5; 11 x 0.5 = 5.5
		assertThat(mixed.vitaminDUg()).isEqualByComparingTo("0.3");
		assertThat(mixed.vitaminKUg()).isEqualByComparingTo("5.5");
		assertThat(mixed.epaDhaMg()).isEqualByComparingTo("5.5");
		assertThat(mixed.isIncomplete(Nutrient.VITAMIN_D)).isTrue();
		assertThat(mixed.isIncomplete(Nutrient.CALCIUM)).isFalse();
		// 193 x 1.00 + 710 x 0.5 = 548
		assertThat(mixed.calciumMg()).isEqualByComparingTo("548");
	}

	@Test
	void supplementMagnesiumIsKeptApartAndAVitaminKSupplementIsFlagged() {
		AuthenticatedUser patient = people.patient();
		LocalDate day = patients.today(patient.id()).minusDays(1);
		LocalDate without = day.minusDays(1);
		// 12061 Almonds: Mg 270 per 100 g; 30 g = 81 mg from food
		entries.add(patient.id(), day, new FoodInput(12061L, new BigDecimal("30"), null));
		entries.add(patient.id(), day, new SupplementInput(preset("magnesium-200"), new BigDecimal("2")));
		entries.add(patient.id(), day, new SupplementInput(preset("vitamin-k2-mk7-100"), BigDecimal.ONE));
		// hand-entered amounts from a supplement count as supplemental
		entries.add(patient.id(), day, new ManualInput("Multimineral", true,
				new NutrientInput(null, null, null, null, new BigDecimal("50"), null, null)));
		entries.add(patient.id(), without, new ManualInput("Kale smoothie", false,
				new NutrientInput(null, null, null, new BigDecimal("400"), new BigDecimal("40"), null, null)));

		DailyNutrition supplemented = log.day(patient.id(), day).orElseThrow();
		assertThat(supplemented.magnesiumMg()).isEqualByComparingTo("531"); // 81 + 400 + 50
		assertThat(supplemented.supplementalMagnesiumMg()).isEqualByComparingTo("450"); // 2 x 200 + 50
		assertThat(supplemented.vitaminKUg()).isEqualByComparingTo("100"); // almonds have K1 0
		assertThat(supplemented.vitaminKSupplement()).isTrue();

		DailyNutrition food = log.day(patient.id(), without).orElseThrow();
		assertThat(food.vitaminKUg()).isEqualByComparingTo("400");
		assertThat(food.supplementalMagnesiumMg()).isEqualByComparingTo("0");
		assertThat(food.vitaminKSupplement()).isFalse();
	}

	@Test
	void aLoggedSupplementKeepsItsAmountsWhenAnAdminChangesThePresetLater() {
		AuthenticatedUser patient = people.patient();
		LocalDate before = patients.today(patient.id()).minusDays(4);
		LocalDate after = before.plusDays(1);
		SupplementPreset preset = supplements.create(new PresetInput("Test calcium " + patient.id(), "tablet",
				new BigDecimal("600"), new BigDecimal("10"), null, null, null, null, null, true));
		entries.add(patient.id(), before, new SupplementInput(preset.id(), new BigDecimal("1.5")));

		supplements.update(preset.id(), preset.version(), new PresetInput(preset.name(), "tablet", new BigDecimal("400"),
				new BigDecimal("10"), null, null, null, null, null, true));
		EntryView logged = entries.add(patient.id(), after, new SupplementInput(preset.id(), BigDecimal.ONE));
		// changing only the servings of the old entry keeps what it recorded
		EntryView old = reads.entries(patient.id(), before).get(0);
		entries.update(patient.id(), old.id(), old.version(), before, new SupplementInput(preset.id(), new BigDecimal("2")));

		assertThat(log.day(patient.id(), before).orElseThrow().calciumMg()).isEqualByComparingTo("1200"); // 2 x 600
		assertThat(logged.amounts().calciumMg()).isEqualByComparingTo("400");
		assertThat(log.day(patient.id(), before).orElseThrow().vitaminDUg()).isEqualByComparingTo("20");
	}

	@Test
	void daysWithoutEntriesAreLeftOutAndDaysComeInDateOrder() {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());
		entries.add(patient.id(), today.minusDays(1), new FoodInput(1077L, new BigDecimal("100"), null));
		entries.add(patient.id(), today.minusDays(5), new FoodInput(1077L, new BigDecimal("200"), null));

		List<DailyNutrition> days = log.days(patient.id(), today.minusDays(6), today);

		assertThat(days).extracting(DailyNutrition::date).containsExactly(today.minusDays(5), today.minusDays(1));
		assertThat(days).extracting(DailyNutrition::calciumMg)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("226"), new BigDecimal("113"));
	}

	@Test
	void daysOfChosenWeeksAreExactlyThoseWeeksOfEachPatientNeverTheWeeksBetween() {
		AuthenticatedUser patient = people.patient();
		AuthenticatedUser other = people.patient();
		IsoWeek later = IsoWeek.of(patients.today(patient.id())).minusWeeks(2);
		IsoWeek earlier = later.minusWeeks(30);
		milk(patient, earlier.monday(), "100");
		milk(patient, earlier.monday(), "50");
		milk(patient, earlier.sunday().plusDays(1), "100");
		milk(patient, later.minusWeeks(15).monday(), "100");
		milk(patient, later.monday().minusDays(1), "100");
		milk(patient, later.sunday(), "200");
		milk(other, earlier.monday(), "300");
		milk(other, later.sunday(), "400");

		Map<Long, List<DailyNutrition>> found = log
			.days(Map.of(patient.id(), List.of(later, earlier), other.id(), List.of(later)));

		assertThat(found).containsOnlyKeys(patient.id(), other.id());
		assertThat(found.get(patient.id())).extracting(DailyNutrition::date).containsExactly(earlier.monday(), later.sunday());
		// 01077 Milk: 113 mg calcium per 100 g
		assertThat(found.get(patient.id())).extracting(DailyNutrition::calciumMg)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("169.5"), new BigDecimal("226"));
		assertThat(found.get(other.id())).extracting(DailyNutrition::date).containsExactly(later.sunday());
		assertThat(found.get(other.id()).get(0).calciumMg()).isEqualByComparingTo("452");
		assertThat(log.days(Map.of(patient.id(), List.of()))).isEmpty();
	}

	@Test
	void daysOfManyPatientsInARangeIncludeBothEnds() {
		AuthenticatedUser patient = people.patient();
		AuthenticatedUser quiet = people.patient();
		LocalDate today = patients.today(patient.id());
		milk(patient, today.minusDays(11), "100");
		milk(patient, today.minusDays(10), "100");
		milk(patient, today, "100");

		Map<Long, List<DailyNutrition>> found = log.days(List.of(patient.id(), quiet.id()), today.minusDays(10), today);

		assertThat(found).containsOnlyKeys(patient.id());
		assertThat(found.get(patient.id())).extracting(DailyNutrition::date).containsExactly(today.minusDays(10), today);
		assertThat(log.days(List.of(patient.id()), today, today.minusDays(1))).isEmpty();
	}

	private void milk(AuthenticatedUser patient, LocalDate day, String grams) {
		entries.add(patient.id(), day, new FoodInput(1077L, new BigDecimal(grams), null));
	}

	@Test
	void lastLoggedOnAndTheVitaminKSupplementFollowEntriesMovedOrDeleted() {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());
		EntryView milk = entries.add(patient.id(), today.minusDays(9), new FoodInput(1077L, new BigDecimal("100"), null));
		EntryView vitaminK = entries.add(patient.id(), today.minusDays(2),
				new SupplementInput(preset("vitamin-k2-mk7-100"), BigDecimal.ONE));
		assertThat(log.lastLoggedOn(List.of(patient.id()))).containsEntry(patient.id(), today.minusDays(2));
		assertThat(log.vitaminKSupplementSince(List.of(patient.id()), today.minusDays(3))).containsExactly(patient.id());

		entries.update(patient.id(), vitaminK.id(), vitaminK.version(), today.minusDays(20),
				new SupplementInput(preset("vitamin-k2-mk7-100"), BigDecimal.ONE));
		assertThat(log.lastLoggedOn(List.of(patient.id()))).containsEntry(patient.id(), today.minusDays(9));
		assertThat(log.vitaminKSupplementSince(List.of(patient.id()), today.minusDays(3))).isEmpty();
		assertThat(log.vitaminKSupplementSince(List.of(patient.id()), today.minusDays(21))).containsExactly(patient.id());

		entries.delete(patient.id(), vitaminK.id());
		assertThat(log.vitaminKSupplementSince(List.of(patient.id()), today.minusDays(21))).isEmpty();
		assertThat(log.lastLoggedOn(List.of(patient.id()))).containsEntry(patient.id(), today.minusDays(9));

		entries.delete(patient.id(), milk.id());
		assertThat(log.lastLoggedOn(List.of(patient.id()))).isEmpty();
	}

	@Test
	void lastLoggedOnAnswersForEveryPatientAtOnce() {
		AuthenticatedUser first = people.patient();
		AuthenticatedUser second = people.patient();
		AuthenticatedUser nothing = people.patient();
		LocalDate today = patients.today(first.id());
		entries.add(first.id(), today.minusDays(9), new FoodInput(1077L, new BigDecimal("100"), null));
		entries.add(first.id(), today.minusDays(2), new FoodInput(1077L, new BigDecimal("100"), null));
		entries.add(second.id(), today.minusDays(30), new FoodInput(1077L, new BigDecimal("100"), null));

		Map<Long, LocalDate> latest = log.lastLoggedOn(List.of(first.id(), second.id(), nothing.id()));

		assertThat(latest).containsOnly(Map.entry(first.id(), today.minusDays(2)),
				Map.entry(second.id(), today.minusDays(30)));
		assertThat(log.lastLoggedOn(List.of())).isEmpty();
	}

	@Test
	void firstLoggedOnAnswersForEveryPatientAtOnce() {
		AuthenticatedUser first = people.patient();
		AuthenticatedUser nothing = people.patient();
		LocalDate today = patients.today(first.id());
		entries.add(first.id(), today.minusDays(2), new FoodInput(1077L, new BigDecimal("100"), null));
		entries.add(first.id(), today.minusDays(9), new FoodInput(1077L, new BigDecimal("100"), null));

		assertThat(log.firstLoggedOn(List.of(first.id(), nothing.id()))).containsOnly(Map.entry(first.id(), today.minusDays(9)));
		assertThat(log.firstLoggedOn(List.of())).isEmpty();
	}

	@Test
	void copyingTheDayBeforeCopiesFoodsSupplementsAndHandEnteredAmounts() {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());
		LocalDate yesterday = today.minusDays(1);
		entries.add(patient.id(), yesterday, new FoodInput(1077L, null, new BigDecimal("2")));
		entries.add(patient.id(), yesterday, new SupplementInput(preset("vitamin-d3-1000-iu"), BigDecimal.ONE));
		entries.add(patient.id(), yesterday, new ManualInput(null, false,
				new NutrientInput(new BigDecimal("100"), null, null, null, null, null, null)));

		int copied = entries.copyDay(patient.id(), yesterday, today);

		assertThat(copied).isEqualTo(3);
		DailyNutrition copy = log.day(patient.id(), today).orElseThrow();
		DailyNutrition original = log.day(patient.id(), yesterday).orElseThrow();
		assertThat(copy.calciumMg()).isEqualByComparingTo(original.calciumMg()); // 113 x 4.88 + 100 = 651.44
		assertThat(copy.calciumMg()).isEqualByComparingTo("651.44");
		assertThat(copy.vitaminDUg()).isEqualByComparingTo(original.vitaminDUg());
		assertThat(reads.entries(patient.id(), today)).extracting(EntryView::amountText)
			.containsExactly("2 × 1 cup (488 g)", "1 capsule", "entered by hand");
	}

	private long preset(String code) {
		return supplements.findByCode(code).orElseThrow().id();
	}

}
