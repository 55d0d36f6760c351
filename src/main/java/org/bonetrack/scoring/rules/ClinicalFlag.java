package org.bonetrack.scoring.rules;

import java.util.List;

/**
 * A flag for the care team (never advice to the patient): which one, why (reason codes, each with
 * a message {@code flag.<kind>.<reason>} in {@code i18n/scoring.properties}) and the message
 * arguments.
 */
public record ClinicalFlag(Kind kind, List<Reason> reasons, List<Object> args) {

	public ClinicalFlag {
		reasons = List.copyOf(reasons);
		args = List.copyOf(args);
	}

	public String messageKey() {
		return "flag." + kind.key();
	}

	/** The flags of DESIGN.md §3 "Clinical flags". */
	public enum Kind {

		AIBL_TREATMENT_CRITERIA("aibl"), SIGNIFICANT_LOSS("significantLoss"), DEXA_DUE("dexaDue"),
		LOW_ADHERENCE("lowAdherence"), SAFETY("safety");

		private final String key;

		Kind(String key) {
			this.key = key;
		}

		public String key() {
			return key;
		}

	}

	/** Why a flag was raised. */
	public enum Reason {

		LOW_T_SCORE, RISK_FACTORS, FRAGILITY_FRACTURE, SIGNIFICANT_LOSS, NEVER_SCANNED, INTERVAL_PASSED,
		LOW_SCORES, NOTHING_LOGGED, UPPER_LIMIT_WARNING, WARFARIN_AND_VITAMIN_K

	}

}
