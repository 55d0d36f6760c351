package org.bonetrack.scoring.internal;

import org.bonetrack.patients.BodyWeightChanged;
import org.bonetrack.patients.ClinicalContextChanged;
import org.bonetrack.patients.PatientProfileChanged;
import org.bonetrack.shared.RecordNotFoundException;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps stored scores in step with the patient's data, after each change commits (through the
 * event publication registry, so nothing is lost in a crash). Exercise, nutrition and DEXA
 * events join here once those modules are wired in.
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

	/** A low-impact plan changes the loading criterion from this week on; past weeks keep theirs. */
	@ApplicationModuleListener
	void on(ClinicalContextChanged event) {
		unlessGone(() -> scoring.recomputeCurrentWeek(event.patientId()));
	}

	/** A new time zone can move "today", and with it the week in progress. */
	@ApplicationModuleListener
	void on(PatientProfileChanged event) {
		unlessGone(() -> scoring.recomputeCurrentWeek(event.patientId()));
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
