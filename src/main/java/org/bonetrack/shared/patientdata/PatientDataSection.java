package org.bonetrack.shared.patientdata;

import java.util.List;

/**
 * One module's share of a patient's own data, so that the patient can take all of it with them
 * (export) or have all of it removed (erasure) without one module reaching into another's
 * tables. Each module that stores health data about a patient provides one bean.
 */
public interface PatientDataSection {

	/** The tables of this module's data about the patient, for the export. */
	List<DataTable> export(long patientId);

	/**
	 * Removes every row of the patient's health data this module owns. Runs inside the caller's
	 * transaction, so an erasure is all or nothing.
	 */
	void erase(long patientId);

}
