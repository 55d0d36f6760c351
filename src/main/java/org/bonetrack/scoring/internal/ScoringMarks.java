package org.bonetrack.scoring.internal;

import java.time.Clock;
import java.util.List;

import org.bonetrack.exercise.ExerciseHistoryImported;
import org.bonetrack.exercise.ExerciseSessionChanged;
import org.bonetrack.exercise.ExerciseSessionDeleted;
import org.bonetrack.exercise.ExerciseSessionLogged;
import org.bonetrack.nutrition.NutritionDayChanged;
import org.bonetrack.patients.BodyWeightChanged;
import org.bonetrack.patients.ClinicalContextChanged;
import org.bonetrack.patients.PatientProfileChanged;
import org.bonetrack.patients.Patients;
import org.bonetrack.scoring.rules.ScoringCalendar;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Marks the weeks a change touches as pending ({@link PendingWeeks}) inside the transaction that
 * makes the change, so a stored week is never believed up to date while a committed change to it
 * waits: the patient home trusts the stored week in progress only when it has no mark. The
 * pending-weeks worker scores the marks shortly after; the hundreds of events of an import mark
 * each week once. Deliberately synchronous (a plain event listener, not an asynchronous module
 * listener): a mark written after the commit would leave a moment in which the old score looks current.
 */
@Component
class ScoringMarks {

	private final PendingWeeks pending;

	private final Patients patients;

	private final Clock clock;

	ScoringMarks(PendingWeeks pending, Patients patients, Clock clock) {
		this.pending = pending;
		this.patients = patients;
		this.clock = clock;
	}

	@EventListener
	void on(ExerciseSessionLogged event) {
		pending.mark(event.patientId(), List.of(event.date()));
	}

	/** A session moved to another week changes both weeks. */
	@EventListener
	void on(ExerciseSessionChanged event) {
		pending.mark(event.patientId(), List.of(event.date(), event.previousDate()));
	}

	@EventListener
	void on(ExerciseSessionDeleted event) {
		pending.mark(event.patientId(), List.of(event.date()));
	}

	/**
	 * Each imported session also comes as its own {@link ExerciseSessionLogged}; the import marks
	 * the whole span too, so the weeks between its sessions join the history (a week with nothing
	 * logged still counts, for adherence).
	 */
	@EventListener
	void on(ExerciseHistoryImported event) {
		if (event.from() != null && event.to() != null) {
			pending.markRange(event.patientId(), event.from(), event.to());
		}
	}

	/** A nutrition import publishes one of these for every day it changed. */
	@EventListener
	void on(NutritionDayChanged event) {
		pending.mark(event.patientId(), List.of(event.date()));
	}

	/**
	 * The protein target follows body weight: the week in progress is marked here; the stored weeks
	 * from the weight's date on are scored again by {@link ScoringListeners}.
	 */
	@EventListener
	void on(BodyWeightChanged event) {
		markWeekInProgress(event.patientId());
	}

	/** A low-impact plan changes the loading criterion from this week on; past weeks keep theirs. */
	@EventListener
	void on(ClinicalContextChanged event) {
		markWeekInProgress(event.patientId());
	}

	/** A new time zone can move "today", and with it the week in progress. */
	@EventListener
	void on(PatientProfileChanged event) {
		markWeekInProgress(event.patientId());
	}

	private void markWeekInProgress(long patientId) {
		pending.mark(patientId, List.of(ScoringCalendar.today(clock.instant(), patients.timeZone(patientId))));
	}

}
