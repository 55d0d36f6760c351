package org.bonetrack.exercise.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An impact activity and its count as stored: one row of {@code exercise_impacts}. */
@Embeddable
class ImpactEntry {

	private String activityKey;

	@Column(name = "impact_count")
	private int count;

	protected ImpactEntry() {
	}

	ImpactEntry(ValidSession.Impact impact) {
		this.activityKey = impact.activityKey();
		this.count = impact.count();
	}

	String activityKey() {
		return activityKey;
	}

	int count() {
		return count;
	}

}
