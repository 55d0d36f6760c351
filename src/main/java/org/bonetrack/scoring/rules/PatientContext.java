package org.bonetrack.scoring.rules;

import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * What the engine needs to know about the patient: her body weight for the protein target (the
 * latest weight that applies to the week, if any), whether a clinician put her on a low-impact
 * plan, and her time zone (session start times are local to it).
 */
public record PatientContext(@Nullable Double weightKg, boolean lowImpactPlan, ZoneId zone) {

	public static PatientContext of(@Nullable Double weightKg, ZoneId zone) {
		return new PatientContext(weightKg, false, zone);
	}

	public PatientContext withLowImpactPlan() {
		return new PatientContext(weightKg, true, zone);
	}

}
