package org.bonetrack.exercise.internal.imports;

import java.time.LocalDate;
import java.util.List;

import org.bonetrack.exercise.internal.ValidSession;

/**
 * What an export would add, worked out afresh from the stored file each time (so a confirmation
 * saves exactly what the preview showed): the sessions with their keys, the lines that cannot be
 * imported, and how each exercise name was understood.
 */
public record ImportPlan(String format, boolean unitAsked, String distanceUnit, List<PlannedSession> sessions,
		List<RowProblem> problems, List<NameUse> names, Counts counts) {

	/** A session to save; {@code sourceKey} identifies it in this app's exports, so it is saved once. */
	public record PlannedSession(String sourceKey, ValidSession session, long firstLine) {

		public LocalDate date() {
			return session.date();
		}

	}

	/** How an exercise name of the file is read, and whether BoneTrack or the patient decided. */
	public record NameUse(String vendorName, String normalized, Target target, Origin origin, int rows) {

		public boolean needsReview() {
			return origin == Origin.GUESSED;
		}

	}

	public enum Origin {

		/** BoneTrack's own list of names. */
		KNOWN,
		/** The patient's choice, now or in an earlier import. */
		CHOSEN,
		/** Unknown name: kept as the patient's own exercise (or as "other" cardio) until she says. */
		GUESSED

	}

	/** Rows and values the preview explains. */
	public record Counts(int rows, int restRows, int timedRows, int skippedRows, int implausibleDurations,
			int estimatedImpactCounts, int cappedImpactCounts) {
	}

}
