package org.bonetrack.patients;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the care team records about a patient's bone risk: the risk factors of the 2017 AIBL
 * joint position statement that are not derived from other data, warfarin (vitamin K
 * interacts), bone-protective medication, and whether the patient follows a low-impact plan
 * (after a vertebral fracture or for frailty).
 */
public record ClinicalContext(boolean lowImpactPlan, boolean takesWarfarin, boolean fragilityFracture,
		boolean vertebralFracture, boolean parentalHipFracture, boolean oralCorticosteroids, boolean smoker,
		@Nullable String boneProtectiveMedication) {

	public static final ClinicalContext NONE = new ClinicalContext(false, false, false, false, false, false, false,
			null);

	/** The recorded risk factors (warfarin included) in words, in a fixed order; empty when none. */
	public List<String> riskFactorWords() {
		List<String> words = new ArrayList<>();
		addIf(fragilityFracture, "fragility fracture", words);
		addIf(vertebralFracture, "vertebral fracture", words);
		addIf(parentalHipFracture, "parental hip fracture", words);
		addIf(oralCorticosteroids, "oral corticosteroids", words);
		addIf(smoker, "smoking", words);
		addIf(takesWarfarin, "takes warfarin", words);
		return words;
	}

	private static void addIf(boolean recorded, String word, List<String> words) {
		if (recorded) {
			words.add(word);
		}
	}

}
