package org.bonetrack.patients.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BodyWeightRepository extends JpaRepository<BodyWeightEntity, Long> {

	List<BodyWeightEntity> findByPatientIdOrderByMeasuredOnDesc(long patientId);

	Optional<BodyWeightEntity> findFirstByPatientIdAndMeasuredOnLessThanEqualOrderByMeasuredOnDesc(long patientId,
			LocalDate date);

	Optional<BodyWeightEntity> findFirstByPatientIdOrderByMeasuredOnDesc(long patientId);

	Optional<BodyWeightEntity> findByPatientIdAndMeasuredOn(long patientId, LocalDate date);

	Optional<BodyWeightEntity> findByIdAndPatientId(long id, long patientId);

	/** Every weight of these patients, each patient's newest first. */
	List<BodyWeightEntity> findByPatientIdInOrderByPatientIdAscMeasuredOnDesc(Collection<Long> patientIds);

	/** The latest weight of each of these patients, in one query. */
	@Query(value = """
			select w.* from unnest(:ids) as patient(id)
			cross join lateral (select * from body_weights where patient_id = patient.id
			                    order by measured_on desc limit 1) w""", nativeQuery = true)
	List<BodyWeightEntity> latestOf(@Param("ids") Long[] ids);

}
