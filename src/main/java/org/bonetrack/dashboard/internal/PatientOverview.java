package org.bonetrack.dashboard.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.bonetrack.dexa.WhoCategory;
import org.bonetrack.scoring.rules.ClinicalFlag;
import org.jspecify.annotations.Nullable;

/**
 * One patient at a glance for her care team: the figures of the clinician's list and the clinical
 * flags that apply today. Sorting and filtering need only the flags themselves
 * ({@link #clinicalFlags()}); their titles and reasons in words ({@link #flags()}) are written
 * out by {@link CareTeamOverview#withFlagWords} for the patients a page shows, not for a whole
 * care team.
 *
 * @param flagWords the flags in words, in the order of {@code clinicalFlags}; null until written
 * out
 */
public record PatientOverview(long id, String name, String email, @Nullable LocalDate birthDate,
		@Nullable LocalDate anastrozoleStart, @Nullable Integer age,
		@Nullable Long monthsOnAnastrozole, @Nullable BigDecimal lowestTScore, @Nullable WhoCategory whoCategory,
		@Nullable LocalDate lastScan, boolean significantLoss, @Nullable LocalDate dexaDueOn, boolean dexaDue,
		@Nullable Double meanScore, int scoredWeeks, @Nullable LocalDate lastActivity, List<ClinicalFlag> clinicalFlags,
		@Nullable List<FlagView> flagWords) {

	public PatientOverview {
		clinicalFlags = List.copyOf(clinicalFlags);
		flagWords = flagWords == null ? null : List.copyOf(flagWords);
	}

	/** The flags with their titles and reasons in words; only for an overview that has them written out. */
	public List<FlagView> flags() {
		if (flagWords == null) {
			throw new IllegalStateException("The flags of patient " + id + " are not written out: see CareTeamOverview.withFlagWords");
		}
		return flagWords;
	}

	/** The same overview with its flags in words. */
	PatientOverview withFlagWords(List<FlagView> words) {
		return new PatientOverview(id, name, email, birthDate, anastrozoleStart, age, monthsOnAnastrozole, lowestTScore,
				whoCategory, lastScan, significantLoss, dexaDueOn, dexaDue, meanScore, scoredWeeks, lastActivity,
				clinicalFlags, words);
	}

	public boolean has(ClinicalFlag.Kind kind) {
		for (ClinicalFlag flag : clinicalFlags) {
			if (flag.kind() == kind) {
				return true;
			}
		}
		return false;
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
		return flags().stream().filter(flag -> flag.key().equals(key)).findFirst().orElse(null);
	}

	/**
	 * How urgently the patient needs attention: a weighted sum of her flags, safety first, then a
	 * significant loss, the treatment criteria, low adherence and a scan due.
	 */
	public int need() {
		int need = 0;
		for (ClinicalFlag flag : clinicalFlags) {
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
