package org.bonetrack.exercise.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.bonetrack.exercise.ExerciseSessionView;
import org.bonetrack.exercise.ExerciseType;
import org.bonetrack.exercise.internal.SessionInput;
import org.bonetrack.exercise.internal.StoredSession;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of a session: what the API takes, and what it answers (the same plus id and version). */
final class SessionJson {

	private SessionJson() {
	}

	/** A session to log or replace; {@code version} is required when replacing. */
	record Request(@Nullable LocalDate date, @Nullable LocalTime startTime, @Nullable String type,
			@Nullable Integer durationMinutes, @Nullable Integer rpe, @Nullable String notes, @Nullable List<SetBody> sets,
			@Nullable List<ImpactBody> impacts, @Nullable BigDecimal vestLoadKg, @Nullable BigDecimal distanceKm,
			@Nullable Integer steps, @Nullable Long version) {

		SessionInput toInput() {
			return new SessionInput(date, startTime, type, durationMinutes, rpe, notes,
					sets == null ? null
							: sets.stream()
								.map(set -> set == null ? null
										: new SessionInput.SetInput(set.exercise(), set.reps(), set.loadKg(), set.warmup(),
												set.rir()))
								.toList(),
					impacts == null ? null
							: impacts.stream()
								.map(impact -> impact == null ? null
										: new SessionInput.ImpactInput(impact.activity(), impact.count()))
								.toList(),
					vestLoadKg, distanceKm, steps);
		}

	}

	/** {@code exercise}: a catalogue key (e.g. {@code squat}) or the patient's own exercise name. */
	record SetBody(@Nullable String exercise, @Nullable Integer reps, @Nullable BigDecimal loadKg,
			@Nullable Boolean warmup, @Nullable Integer rir) {
	}

	/** {@code activity}: an impact activity's catalogue key (e.g. {@code hops}). */
	record ImpactBody(@Nullable String activity, @Nullable Integer count) {
	}

	record Response(long id, long version, LocalDate date, @Nullable LocalTime startTime, ExerciseType type,
			@Nullable Integer durationMinutes, @Nullable Integer rpe, @Nullable String notes, List<SetBody> sets,
			List<ImpactBody> impacts, @Nullable BigDecimal vestLoadKg, @Nullable BigDecimal distanceKm,
			@Nullable Integer steps) {

		static Response of(StoredSession stored) {
			ExerciseSessionView session = stored.session();
			return new Response(session.id(), stored.version(), session.date(), session.startTime(), session.type(),
					session.durationMinutes(), session.rpe(), session.notes(),
					session.sets()
						.stream()
						.map(set -> new SetBody(set.exercise(), set.reps(), SessionPresenter.plain(set.loadKg()),
								set.warmup(), set.rir()))
						.toList(),
					session.impacts().stream().map(impact -> new ImpactBody(impact.activityKey(), impact.count())).toList(),
					session.vestLoadKg() == null ? null : SessionPresenter.plain(session.vestLoadKg()),
					session.distanceKm() == null ? null : SessionPresenter.plain(session.distanceKm()), session.steps());
		}

	}

}
