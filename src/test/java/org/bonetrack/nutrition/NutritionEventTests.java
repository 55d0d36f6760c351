package org.bonetrack.nutrition;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.nutrition.internal.CronometerImports;
import org.bonetrack.nutrition.internal.EntryInput.FoodInput;
import org.bonetrack.nutrition.internal.EntryView;
import org.bonetrack.nutrition.internal.NutritionEntries;
import org.bonetrack.patients.Patients;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** Every change of a day tells the other modules which patient's day changed. */
@IntegrationTest
@RecordApplicationEvents
class NutritionEventTests {

	@Autowired
	ApplicationEvents events;

	@Autowired
	TestPeople people;

	@Autowired
	Patients patients;

	@Autowired
	NutritionEntries entries;

	@Autowired
	CronometerImports imports;

	@Test
	void addingMovingRemovingAndCopyingEntriesPublishTheDaysThatChanged() {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());
		LocalDate yesterday = today.minusDays(1);

		EntryView entry = entries.add(patient.id(), yesterday, new FoodInput(1077L, new BigDecimal("100"), null));
		entries.copyDay(patient.id(), yesterday, today);
		entries.update(patient.id(), entry.id(), entry.version(), yesterday.minusDays(1),
				new FoodInput(1077L, new BigDecimal("150"), null));
		entries.delete(patient.id(), entry.id());

		assertThat(events.stream(NutritionDayChanged.class)).containsExactly(
				new NutritionDayChanged(patient.id(), yesterday), new NutritionDayChanged(patient.id(), today),
				new NutritionDayChanged(patient.id(), yesterday),
				new NutritionDayChanged(patient.id(), yesterday.minusDays(1)),
				new NutritionDayChanged(patient.id(), yesterday.minusDays(1)));
	}

	@Test
	void aConfirmedImportPublishesEachDayItChangedAndNotTheUnchangedOnes() {
		AuthenticatedUser patient = people.patient();
		byte[] first = "Date,Calcium (mg)\n2026-06-01,500\n2026-06-02,600\n".getBytes(StandardCharsets.UTF_8);
		byte[] second = "Date,Calcium (mg)\n2026-06-02,600\n2026-06-03,700\n".getBytes(StandardCharsets.UTF_8);
		imports.confirm(patient.id(), imports.upload(patient.id(), "a.csv", first));
		events.clear();

		imports.confirm(patient.id(), imports.upload(patient.id(), "b.csv", second));

		assertThat(events.stream(NutritionDayChanged.class))
			.containsExactly(new NutritionDayChanged(patient.id(), LocalDate.of(2026, 6, 3)));
		assertThat(events.stream(NutritionImported.class)).singleElement()
			.satisfies(imported -> assertThat(imported.daysSaved()).isEqualTo(1));
	}

	@Test
	void aRefusedEntryPublishesNothing() {
		AuthenticatedUser patient = people.patient();

		try {
			entries.add(patient.id(), patients.today(patient.id()).plusDays(1),
					new FoodInput(1077L, new BigDecimal("100"), null));
		}
		catch (RuntimeException expected) {
			// refused: the date is in the future
		}

		assertThat(events.stream(NutritionDayChanged.class)).isEmpty();
	}

}
