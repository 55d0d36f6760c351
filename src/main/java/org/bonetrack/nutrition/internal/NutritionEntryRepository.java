package org.bonetrack.nutrition.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface NutritionEntryRepository extends JpaRepository<NutritionEntryEntity, Long> {

	Optional<NutritionEntryEntity> findByIdAndPatientId(long id, long patientId);

	List<NutritionEntryEntity> findByPatientIdAndEatenOnOrderByIdAsc(long patientId, LocalDate eatenOn);

	long countByPatientIdAndEatenOn(long patientId, LocalDate eatenOn);

}
