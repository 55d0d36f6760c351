package org.bonetrack.dexa;

/**
 * Who made the scanner. BMD values from different manufacturers are not interchangeable
 * (clinical-reference.md §5.5), so changes are only computed between scans of the same one.
 */
public enum Manufacturer {

	HOLOGIC("Hologic"), GE_LUNAR("GE Lunar"), NORLAND("Norland"), OTHER("Other");

	private final String label;

	Manufacturer(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
