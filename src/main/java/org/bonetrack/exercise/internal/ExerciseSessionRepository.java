package org.bonetrack.exercise.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.bonetrack.exercise.ExerciseType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Sessions, always looked up together with their owner. */
interface ExerciseSessionRepository extends JpaRepository<ExerciseSessionEntity, Long> {

	Optional<ExerciseSessionEntity> findByIdAndPatientId(long id, long patientId);

	Page<ExerciseSessionEntity> findByPatientId(long patientId, Pageable pageable);

	Page<ExerciseSessionEntity> findByPatientIdAndType(long patientId, ExerciseType type, Pageable pageable);

	List<ExerciseSessionEntity> findByPatientIdAndDateBetween(long patientId, LocalDate from, LocalDate to,
			org.springframework.data.domain.Sort sort);

}
