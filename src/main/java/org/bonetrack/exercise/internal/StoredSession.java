package org.bonetrack.exercise.internal;

import java.time.Instant;

import org.bonetrack.exercise.ExerciseSessionView;

/** A session with what the pages and the API show besides its content: version and origin. */
public record StoredSession(ExerciseSessionView session, long version, SessionSource source, Instant updatedAt) {

	public long id() {
		return session.id();
	}

}
