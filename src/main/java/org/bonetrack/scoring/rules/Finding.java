package org.bonetrack.scoring.rules;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One explained result of the weekly score: what was measured against which target, how that
 * went, a message (a key of {@code i18n/scoring.properties} with its arguments, so it can be
 * translated) and the slug of the guidance article that helps.
 */
public record Finding(Criterion criterion, FindingStatus status, @Nullable Double value, @Nullable Double target,
		String messageKey, List<Object> messageArgs, String guidance) {

	public Finding {
		messageArgs = List.copyOf(messageArgs);
	}

}
