package org.bonetrack.guidance;

/** Who a guidance article is written for. */
public enum Audience {

	PATIENT, CLINICIAN, BOTH;

	/** Whether a reader of the given audience should see articles written for this one. */
	public boolean includes(Audience reader) {
		return this == BOTH || this == reader || reader == BOTH;
	}

}
