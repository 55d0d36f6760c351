package org.bonetrack.dashboard.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.bonetrack.dexa.WhoCategory;
import org.bonetrack.scoring.rules.ClinicalFlag;
import org.jspecify.annotations.Nullable;

/**
 * One patient at a glance for her care team: the figures of the clinician's list and the clinical
 * flags (with their reasons written out) that apply today.
 */
public record PatientOverview(long id, String name, String email, @Nullable LocalDate birthDate,
		@Nullable LocalDate anastrozoleStart, @Nullable Integer age,
		@Nullable Long monthsOnAnastrozole, @Nullable BigDecimal lowestTScore, @Nullable WhoCategory whoCategory,
		@Nullable LocalDate lastScan, boolean significantLoss, @Nullable LocalDate dexaDueOn, boolean dexaDue,
		@Nullable Double meanScore, int scoredWeeks, @Nullable LocalDate lastActivity, List<FlagView> flags) {

	public PatientOverview {
		flags = List.copyOf(flags);
	}

	public boolean has(ClinicalFlag.Kind kind) {
		return flags.stream().anyMatch(flag -> flag.kind() == kind);
	}

	public boolean treatmentCriteria() {
		return has(ClinicalFlag.Kind.AIBL_TREATMENT_CRITERIA);
	}

	public boolean lowAdherence() {
		return has(ClinicalFlag.Kind.LOW_ADHERENCE);
	}

	public boolean safety() {
		return has(ClinicalFlag.Kind.SAFETY);
	}

	public @Nullable FlagView flag(String key) {
		return flags.stream().filter(flag -> flag.key().equals(key)).findFirst().orElse(null);
	}

	/**
	 * How urgently the patient needs attention: a weighted sum of her flags, safety first, then a
	 * significant loss, the treatment criteria, low adherence and a scan due.
	 */
	public int need() {
		int need = 0;
		for (FlagView flag : flags) {
			need += switch (flag.kind()) {
				case SAFETY -> 16;
				case SIGNIFICANT_LOSS -> 8;
				case AIBL_TREATMENT_CRITERIA -> 4;
				case LOW_ADHERENCE -> 2;
				case DEXA_DUE -> 1;
			};
		}
		return need;
	}

	/** A flag with its title and its reasons, written out for the page. */
	public record FlagView(ClinicalFlag.Kind kind, String title, List<String> reasons) {

		public FlagView {
			reasons = List.copyOf(reasons);
		}

		public String key() {
			return kind.key();
		}

		public String summary() {
			return reasons.isEmpty() ? title : title + ": " + String.join("; ", reasons);
		}

	}

}
