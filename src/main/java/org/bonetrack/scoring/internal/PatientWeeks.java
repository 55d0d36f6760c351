package org.bonetrack.scoring.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.bonetrack.scoring.rules.PatientContext;
import org.bonetrack.scoring.rules.WeekData;
import org.bonetrack.shared.IsoWeek;

/** A patient's loaded weeks: her zone, her today, and the engine's input for each week asked for. */
public record PatientWeeks(long patientId, ZoneId zone, LocalDate today, Map<IsoWeek, Input> inputs) {

	public PatientWeeks {
		inputs = Map.copyOf(inputs);
	}

	public Input input(IsoWeek week) {
		Input input = inputs.get(week);
		if (input == null) {
			throw new IllegalArgumentException(week + " was not loaded for patient " + patientId);
		}
		return input;
	}

	/** What the engine scores one week from. */
	public record Input(WeekData data, PatientContext context) {
	}

}
