package org.bonetrack.scoring.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bonetrack.patients.BodyWeight;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;
import org.bonetrack.scoring.rules.PatientContext;
import org.bonetrack.scoring.rules.ScoringCalendar;
import org.bonetrack.scoring.rules.WeekData;
import org.bonetrack.shared.IsoWeek;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Phase 1 of the data source: what the patients module knows (time zone, body weights, the
 * low-impact plan); the weeks themselves are empty until the exercise and nutrition facades are
 * wired in (see the report of issue 6). The body weight of a week is the latest measured on or
 * before its Sunday; before the first measurement, the first one.
 */
@Component
class PatientsOnlyWeekDataSource implements WeekDataSource {

	private final Patients patients;

	private final Clock clock;

	PatientsOnlyWeekDataSource(Patients patients, Clock clock) {
		this.patients = patients;
		this.clock = clock;
	}

	@Override
	public PatientWeeks load(long patientId, Collection<IsoWeek> weeks) {
		PatientProfile profile = patients.profile(patientId);
		LocalDate today = ScoringCalendar.today(clock.instant(), profile.timeZone());
		List<BodyWeight> weights = patients.weights(patientId);
		Map<IsoWeek, PatientWeeks.Input> inputs = new HashMap<>();
		for (IsoWeek week : weeks) {
			PatientContext context = new PatientContext(weightFor(week, weights),
					profile.clinicalContext().lowImpactPlan(), profile.timeZone());
			inputs.put(week, new PatientWeeks.Input(
					WeekData.of(week, List.of(), ScoringCalendar.todayIfIn(week, today)), context));
		}
		return new PatientWeeks(patientId, profile.timeZone(), today, inputs);
	}

	@Override
	public Optional<LocalDate> firstActivity(long patientId) {
		return patients.weights(patientId).stream().map(BodyWeight::date).min(Comparator.naturalOrder());
	}

	/** Weights come newest first. */
	static @Nullable Double weightFor(IsoWeek week, List<BodyWeight> weights) {
		LocalDate sunday = week.sunday();
		BodyWeight chosen = null;
		for (BodyWeight weight : weights) {
			chosen = weight;
			if (!weight.date().isAfter(sunday)) {
				break;
			}
		}
		return chosen == null ? null : toDouble(chosen.weightKg());
	}

	private static double toDouble(BigDecimal kg) {
		return kg.doubleValue();
	}

}
