package org.bonetrack.guidance.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleRepository extends JpaRepository<ArticleEntity, Long> {

	Optional<ArticleEntity> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<ArticleEntity> findByPublishedVersionIsNotNull();

}
