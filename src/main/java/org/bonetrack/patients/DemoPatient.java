package org.bonetrack.patients;

import java.util.Set;

/**
 * A patient of the demo profile, with the habits the other modules' demo data should give her:
 * how reliably she trains and logs (0 to 1) and a few telling traits.
 */
public record DemoPatient(long id, String email, double adherence, Set<DemoTrait> traits) {

	public boolean has(DemoTrait trait) {
		return traits.contains(trait);
	}

}
