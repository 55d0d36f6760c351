package org.bonetrack.patients.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BodyWeightRepository extends JpaRepository<BodyWeightEntity, Long> {

	List<BodyWeightEntity> findByPatientIdOrderByMeasuredOnDesc(long patientId);

	Optional<BodyWeightEntity> findFirstByPatientIdAndMeasuredOnLessThanEqualOrderByMeasuredOnDesc(long patientId,
			LocalDate date);

	Optional<BodyWeightEntity> findByPatientIdAndMeasuredOn(long patientId, LocalDate date);

	Optional<BodyWeightEntity> findByIdAndPatientId(long id, long patientId);

}
