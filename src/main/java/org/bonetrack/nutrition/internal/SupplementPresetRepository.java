package org.bonetrack.nutrition.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupplementPresetRepository extends JpaRepository<SupplementPresetEntity, Long> {

	List<SupplementPresetEntity> findAllByOrderByNameAsc();

	Optional<SupplementPresetEntity> findByCode(String code);

	boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

	boolean existsByNameIgnoreCase(String name);

	boolean existsByCode(String code);

}
