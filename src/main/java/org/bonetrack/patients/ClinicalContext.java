package org.bonetrack.patients;

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

}
