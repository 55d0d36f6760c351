package org.bonetrack.patients;

public enum Sex {

	FEMALE, MALE, OTHER

}
