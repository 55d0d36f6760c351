package org.bonetrack.accounts;

/** Where an account stands: invited (no password yet), active, or deactivated by an admin. */
public enum AccountStatus {

	INVITED, ACTIVE, DEACTIVATED

}
