package org.bonetrack.guidance.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RuleSetRepository extends JpaRepository<RuleSetEntity, Long> {

	Optional<RuleSetEntity> findFirstByStatusOrderByNumberDesc(RuleSetEntity.Status status);

	Optional<RuleSetEntity> findByNumberAndStatus(int number, RuleSetEntity.Status status);

	List<RuleSetEntity> findByStatusOrderByNumberDesc(RuleSetEntity.Status status);

}
