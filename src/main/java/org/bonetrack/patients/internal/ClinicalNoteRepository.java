package org.bonetrack.patients.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ClinicalNoteRepository extends JpaRepository<ClinicalNoteEntity, Long> {

	List<ClinicalNoteEntity> findByPatientIdOrderByCreatedAtDesc(long patientId);

	List<ClinicalNoteEntity> findByPatientIdAndSharedWithPatientTrueOrderByCreatedAtDesc(long patientId);

	void deleteByPatientId(long patientId);

}
