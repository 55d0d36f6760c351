package org.bonetrack.exercise.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.bonetrack.exercise.ExerciseSessionView;
import org.bonetrack.exercise.ExerciseType;
import org.bonetrack.exercise.ImpactView;
import org.jspecify.annotations.Nullable;

/** A session with its sets and impacts, always replaced together by a patient's edit. */
@Entity
@Table(name = "exercise_sessions")
class ExerciseSessionEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long patientId;

	@Column(name = "session_date")
	private LocalDate date;

	private @Nullable LocalTime startTime;

	@Enumerated(EnumType.STRING)
	private ExerciseType type;

	private @Nullable Integer durationMinutes;

	private @Nullable Integer rpe;

	private @Nullable String notes;

	private @Nullable BigDecimal vestLoadKg;

	private @Nullable BigDecimal distanceKm;

	private @Nullable Integer steps;

	@Enumerated(EnumType.STRING)
	private SessionSource source;

	private @Nullable String sourceKey;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "exercise_sets", joinColumns = @JoinColumn(name = "session_id"))
	@OrderColumn(name = "ordinal")
	private List<SetEntry> sets = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "exercise_impacts", joinColumns = @JoinColumn(name = "session_id"))
	@OrderColumn(name = "ordinal")
	private List<ImpactEntry> impacts = new ArrayList<>();

	protected ExerciseSessionEntity() {
	}

	ExerciseSessionEntity(long patientId, ValidSession session, Instant now) {
		this.patientId = patientId;
		this.source = SessionSource.MANUAL;
		this.createdAt = now;
		replaceWith(session, now);
	}

	final void replaceWith(ValidSession session, Instant now) {
		this.date = session.date();
		this.startTime = session.startTime();
		this.type = session.type();
		this.durationMinutes = session.durationMinutes();
		this.rpe = session.rpe();
		this.notes = session.notes();
		this.vestLoadKg = session.vestLoadKg();
		this.distanceKm = session.distanceKm();
		this.steps = session.steps();
		this.sets.clear();
		session.sets().forEach(set -> this.sets.add(new SetEntry(set)));
		this.impacts.clear();
		session.impacts().forEach(impact -> this.impacts.add(new ImpactEntry(impact)));
		// Always dirty, so the version moves even when only the sets changed.
		this.updatedAt = now;
	}

	ExerciseSessionView toView(Catalogue.Entries catalogue) {
		return new ExerciseSessionView(id, date, startTime, type, durationMinutes, rpe, notes,
				sets.stream().map(SetEntry::toView).toList(),
				impacts.stream()
					.map(impact -> new ImpactView(impact.activityKey(), impact.count(),
							catalogue.byKey(impact.activityKey())
								.map(entry -> entry.peakForceBodyWeights())
								.orElse(BigDecimal.ZERO)))
					.toList(),
				vestLoadKg, distanceKm, steps);
	}

	Long getId() {
		return id;
	}

	long getPatientId() {
		return patientId;
	}

	LocalDate getDate() {
		return date;
	}

	ExerciseType getType() {
		return type;
	}

	SessionSource getSource() {
		return source;
	}

	long getVersion() {
		return version;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

}
