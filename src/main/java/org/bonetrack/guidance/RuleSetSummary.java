package org.bonetrack.guidance;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A rule set version as the rules page lists it; {@code lockVersion} guards concurrent edits. */
public record RuleSetSummary(RuleSet rules, boolean draft, String updatedByName, Instant updatedAt,
		@Nullable Instant publishedAt, long lockVersion) {

	public int version() {
		return rules.version();
	}

}
