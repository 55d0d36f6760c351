package org.bonetrack.patients.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PatientProfileRepository extends JpaRepository<PatientProfileEntity, Long> {

	/**
	 * The profiles with these ids, in one statement whatever their number: an array parameter keeps
	 * one SQL text (an IN list has one per count, and Hibernate translates each one again).
	 */
	@Query(value = "select * from patient_profiles where patient_id = any(:ids)", nativeQuery = true)
	List<PatientProfileEntity> findAllByIds(@Param("ids") Long[] ids);

}
