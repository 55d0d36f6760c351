package org.bonetrack.scoring;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.bonetrack.scoring.internal.PatientWeeks;
import org.bonetrack.scoring.internal.WeekDataSource;
import org.bonetrack.scoring.rules.WeekData;
import org.bonetrack.shared.IsoWeek;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Until the exercise and nutrition modules are wired in, scoring tests give their own patients
 * logged weeks through this data source: it asks the real one (patients' zones, weights, plans)
 * and lays scripted sessions and nutrition over the weeks a test set up.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ScriptedWeekData {

	private static final Map<Long, Map<IsoWeek, UnaryOperator<WeekData.Builder>>> SCRIPTS = new ConcurrentHashMap<>();

	/** What the patient logged in the week: applied to a builder of that week. */
	public static void script(long patientId, IsoWeek week, UnaryOperator<WeekData.Builder> logged) {
		SCRIPTS.computeIfAbsent(patientId, id -> new ConcurrentHashMap<>()).put(week, logged);
	}

	@Bean
	@Primary
	WeekDataSource scriptedWeekDataSource(
			@Qualifier("loggedWeekDataSource") WeekDataSource patientsOnlyWeekDataSource) {
		return new WeekDataSource() {

			@Override
			public PatientWeeks load(long patientId, Collection<IsoWeek> weeks) {
				PatientWeeks real = patientsOnlyWeekDataSource.load(patientId, weeks);
				Map<IsoWeek, UnaryOperator<WeekData.Builder>> scripts = SCRIPTS.getOrDefault(patientId, Map.of());
				Map<IsoWeek, PatientWeeks.Input> inputs = new HashMap<>(real.inputs());
				scripts.forEach((week, logged) -> {
					PatientWeeks.Input input = inputs.get(week);
					if (input != null) {
						WeekData data = logged.apply(WeekData.builder(week).today(input.data().today())).build();
						inputs.put(week, new PatientWeeks.Input(data, input.context()));
					}
				});
				return new PatientWeeks(patientId, real.zone(), real.today(), inputs);
			}

			@Override
			public Optional<java.time.LocalDate> firstActivity(long patientId) {
				Optional<java.time.LocalDate> scripted = SCRIPTS.getOrDefault(patientId, Map.of())
					.keySet()
					.stream()
					.map(IsoWeek::monday)
					.min(java.util.Comparator.naturalOrder());
				Optional<java.time.LocalDate> real = patientsOnlyWeekDataSource.firstActivity(patientId);
				return scripted.isPresent() && real.isPresent()
						? Optional.of(scripted.get().isBefore(real.get()) ? scripted.get() : real.get())
						: scripted.isPresent() ? scripted : real;
			}

		};
	}

}
