package org.bonetrack.exercise.internal.imports;

/** The upload was confirmed already: its sessions are saved, and it is not imported again. */
public class ImportAlreadyConfirmedException extends RuntimeException {

	private final long importId;

	public ImportAlreadyConfirmedException(long importId) {
		super("Import " + importId + " was already confirmed");
		this.importId = importId;
	}

	public long importId() {
		return importId;
	}

}
