package org.bonetrack.scoring.internal;

import java.util.List;

import org.bonetrack.exercise.ExerciseHistoryImported;
import org.bonetrack.exercise.ExerciseSessionChanged;
import org.bonetrack.exercise.ExerciseSessionDeleted;
import org.bonetrack.exercise.ExerciseSessionLogged;
import org.bonetrack.nutrition.NutritionDayChanged;
import org.bonetrack.patients.BodyWeightChanged;
import org.bonetrack.patients.ClinicalContextChanged;
import org.bonetrack.patients.PatientProfileChanged;
import org.bonetrack.shared.RecordNotFoundException;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps stored scores in step with the patient's data, after each change commits (through the
 * event publication registry, so nothing is lost in a crash). Exercise and nutrition changes only
 * mark the weeks they touch ({@link PendingWeeks}); the marks are scored in batches shortly after,
 * so the hundreds of events of an import score each week once. The week in progress is scored on
 * read anyway, so a patient sees a new session in her score at once. DEXA events change no weekly
 * score (the clinical flags are computed on read). A nutrition import needs no listener of its
 * own: every day it changed publishes its own {@link NutritionDayChanged}.
 */
@Component
class ScoringListeners {

	private final ScoringService scoring;

	private final PendingWeeks pending;

	ScoringListeners(ScoringService scoring, PendingWeeks pending) {
		this.scoring = scoring;
		this.pending = pending;
	}

	@ApplicationModuleListener
	void on(ExerciseSessionLogged event) {
		pending.mark(event.patientId(), List.of(event.date()));
	}

	/** A session moved to another week changes both weeks. */
	@ApplicationModuleListener
	void on(ExerciseSessionChanged event) {
		pending.mark(event.patientId(), List.of(event.date(), event.previousDate()));
	}

	@ApplicationModuleListener
	void on(ExerciseSessionDeleted event) {
		pending.mark(event.patientId(), List.of(event.date()));
	}

	/**
	 * Each imported session also comes as its own {@link ExerciseSessionLogged}; the import marks
	 * the whole span too, so the weeks between its sessions join the history (a week with nothing
	 * logged still counts, for adherence).
	 */
	@ApplicationModuleListener
	void on(ExerciseHistoryImported event) {
		if (event.from() != null && event.to() != null) {
			pending.markRange(event.patientId(), event.from(), event.to());
		}
	}

	@ApplicationModuleListener
	void on(NutritionDayChanged event) {
		pending.mark(event.patientId(), List.of(event.date()));
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
