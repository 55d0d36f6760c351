package org.bonetrack.exercise;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * An exercise or impact activity of the catalogue. {@code key} is stable (kebab-case) and used by
 * the JSON API and the importers. Impact activities carry their peak ground-reaction force in
 * multiples of body weight, with the source it comes from (clinical-reference.md §2.2).
 */
public record CatalogueEntry(String key, CatalogueKind kind, String name, @Nullable BigDecimal peakForceBodyWeights,
		boolean lowerBody, @Nullable String forceSource) {

	public boolean isImpact() {
		return kind == CatalogueKind.IMPACT;
	}

}
