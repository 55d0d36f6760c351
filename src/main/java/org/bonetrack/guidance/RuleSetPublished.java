package org.bonetrack.guidance;

/** A new rule set version became the current one; stored scores should be recomputed with it. */
public record RuleSetPublished(int version) {
}
