package org.bonetrack.patients.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CareTeamRepository extends JpaRepository<CareTeamMembership, CareTeamMembership.Key> {

	boolean existsByClinicianIdAndPatientId(long clinicianId, long patientId);

	List<CareTeamMembership> findByPatientId(long patientId);

	@Query("select m.patientId from CareTeamMembership m where m.clinicianId = :clinicianId")
	List<Long> patientIdsOf(@Param("clinicianId") long clinicianId);

	void deleteByPatientId(long patientId);

}
