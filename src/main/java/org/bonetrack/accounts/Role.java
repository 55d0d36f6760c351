package org.bonetrack.accounts;

/** What a person may do in BoneTrack, and where they land after signing in. */
public enum Role {

	PATIENT("/me"), CLINICIAN("/clinician/patients"), ADMIN("/admin/users");

	private final String homePath;

	Role(String homePath) {
		this.homePath = homePath;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	public String homePath() {
		return homePath;
	}

}
