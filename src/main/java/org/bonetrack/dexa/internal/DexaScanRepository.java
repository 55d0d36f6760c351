package org.bonetrack.dexa.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DexaScanRepository extends JpaRepository<DexaScanEntity, Long> {

	Optional<DexaScanEntity> findByIdAndPatientId(long id, long patientId);

	/** A patient's scans with their sites, in one query. */
	@Query("""
			select distinct s from DexaScanEntity s left join fetch s.sites
			where s.patientId = :patientId order by s.scanDate, s.id
			""")
	List<DexaScanEntity> findWithSitesByPatientId(long patientId);

}
