package org.bonetrack.scoring.rules;

/**
 * Impacts of one activity within a session: how many, and the activity's peak ground-reaction
 * force in multiples of body weight (clinical-reference.md §2.2).
 */
public record ImpactBout(String activity, int count, double peakForceBodyWeights) {
}
