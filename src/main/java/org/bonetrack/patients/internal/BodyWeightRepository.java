package org.bonetrack.patients.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BodyWeightRepository extends JpaRepository<BodyWeightEntity, Long> {

	List<BodyWeightEntity> findByPatientIdOrderByMeasuredOnDesc(long patientId);

	Optional<BodyWeightEntity> findFirstByPatientIdAndMeasuredOnLessThanEqualOrderByMeasuredOnDesc(long patientId,
			LocalDate date);

	Optional<BodyWeightEntity> findFirstByPatientIdOrderByMeasuredOnDesc(long patientId);

	Optional<BodyWeightEntity> findByPatientIdAndMeasuredOn(long patientId, LocalDate date);

	Optional<BodyWeightEntity> findByIdAndPatientId(long id, long patientId);


	// dashboard: the latest weight of each of many patients, one query
	@org.springframework.data.jpa.repository.Query(value = """
			select distinct on (patient_id) * from body_weights
			where patient_id in (:ids) order by patient_id, measured_on desc""", nativeQuery = true)
	List<BodyWeightEntity> latestOf(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);

}
