package org.bonetrack.guidance;

import java.util.Optional;

/**
 * What a rule set does to stored scores, supplied by the module that keeps them (scoring), so
 * that the rules page can show it without guidance depending on scoring.
 */
public interface RuleSetEffects {

	/** How stored patient-weeks would change if the candidate replaced the current rule set. */
	RuleSetPreview preview(RuleSet candidate);

	/** The latest recomputation of stored scores after a publish, if there has been one. */
	Optional<RescoringProgress> latestRescoring();

}
