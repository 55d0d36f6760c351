package org.bonetrack.guidance.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleVersionRepository extends JpaRepository<ArticleVersionEntity, Long> {

	Optional<ArticleVersionEntity> findByArticleIdAndNumber(long articleId, int number);

	List<ArticleVersionEntity> findByArticleIdOrderByNumberDesc(long articleId);

	/** The latest version of each article. */
	@Query("""
			select v from ArticleVersionEntity v, ArticleEntity a
			where v.articleId = a.id and v.number = a.latestVersion and a.id in :ids""")
	List<ArticleVersionEntity> findLatest(Collection<Long> ids);

	/** The published version of each published article. */
	@Query("""
			select v from ArticleVersionEntity v, ArticleEntity a
			where v.articleId = a.id and v.number = a.publishedVersion""")
	List<ArticleVersionEntity> findAllPublished();

}
