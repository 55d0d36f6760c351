package org.bonetrack.scoring.internal;

import org.bonetrack.patients.BodyWeightChanged;
import org.bonetrack.shared.RecordNotFoundException;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Scores again the stored weeks a body weight changes, after the change commits (through the event
 * publication registry, so nothing is lost in a crash): every week from the weight's date on, or
 * all of them for a first weight. Every other change only marks the weeks it touches, in its own
 * transaction ({@link ScoringMarks}), and the pending-weeks worker scores them. DEXA events change
 * no weekly score (the clinical flags are computed on read).
 */
@Component
class ScoringListeners {

	private final ScoringService scoring;

	ScoringListeners(ScoringService scoring) {
		this.scoring = scoring;
	}

	/** The protein target follows body weight. */
	@ApplicationModuleListener
	void on(BodyWeightChanged event) {
		unlessGone(() -> scoring.recomputeAfterWeightChange(event.patientId(), event.date()));
	}

	/** A patient deleted since the event has nothing left to score; the event is done with. */
	private static void unlessGone(Runnable work) {
		try {
			work.run();
		}
		catch (RecordNotFoundException ex) {
			// nothing to recompute
		}
	}

}
