package org.bonetrack.exercise;

import java.math.BigDecimal;

/** One impact activity of a session, its count and its peak force in multiples of body weight. */
public record ImpactView(String activityKey, int count, BigDecimal peakForceBodyWeights) {
}
