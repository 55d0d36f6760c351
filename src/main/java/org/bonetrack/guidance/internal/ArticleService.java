package org.bonetrack.guidance.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bonetrack.guidance.Audience;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.InvalidInputException.FieldProblem;
import org.bonetrack.shared.RecordNotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guidance articles: every save makes a new version with its author and time; publishing shows
 * the latest version to readers; an old version can be restored as a new one. Edits carry the
 * article's lock version, so a save based on an outdated page is refused instead of silently
 * replacing someone else's work.
 */
@Service
public class ArticleService {

	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	static final int MAX_TITLE = 150;

	static final int MAX_SLUG = 80;

	static final int MAX_BODY = 100_000;

	private final ArticleRepository articles;

	private final ArticleVersionRepository versions;

	private final Clock clock;

	ArticleService(ArticleRepository articles, ArticleVersionRepository versions, Clock clock) {
		this.articles = articles;
		this.versions = versions;
		this.clock = clock;
	}

	/** An article as admins list it: its latest version and what readers see. */
	public record ArticleRow(long id, String slug, String title, Audience audience, int latestVersion,
			@Nullable Integer publishedVersion, String lastEditedBy, java.time.Instant lastEditedAt, long lockVersion) {

		public boolean hasUnpublishedChanges() {
			return publishedVersion == null || publishedVersion != latestVersion;
		}

	}

	/** An article with one of its versions. */
	public record ArticleWithVersion(ArticleRow article, ArticleVersionEntity version) {
	}

	@Transactional
	public long create(String slug, ArticleContent content, long authorId, String authorName) {
		List<FieldProblem> problems = new ArrayList<>();
		String cleanSlug = slug == null ? "" : slug.trim();
		if (cleanSlug.isEmpty()) {
			problems.add(new FieldProblem("slug", "guidance.slug.required"));
		}
		else if (cleanSlug.length() > MAX_SLUG || !SLUG.matcher(cleanSlug).matches()) {
			problems.add(new FieldProblem("slug", "guidance.slug.format", MAX_SLUG));
		}
		else if (articles.existsBySlug(cleanSlug)) {
			problems.add(new FieldProblem("slug", "guidance.slug.taken"));
		}
		ArticleContent clean = validate(content, problems);
		ArticleEntity article = articles.saveAndFlush(new ArticleEntity(cleanSlug, clock.instant()));
		versions.save(new ArticleVersionEntity(article.getId(), 1, clean, authorId, authorName, clock.instant(), null));
		return article.getId();
	}

	/**
	 * Saves the content as a new version (unless nothing changed) and, if asked, publishes it.
	 * Refused when the article changed since the admin opened it.
	 */
	@Transactional
	public void save(long articleId, long lockVersion, ArticleContent content, boolean publish, long authorId,
			String authorName) {
		ArticleEntity article = lockedArticle(articleId, lockVersion);
		ArticleContent clean = validate(content, new ArrayList<>());
		ArticleVersionEntity latest = version(articleId, article.getLatestVersion());
		if (!latest.content().sameAs(clean)) {
			int number = article.nextVersion();
			versions.save(new ArticleVersionEntity(articleId, number, clean, authorId, authorName, clock.instant(), null));
		}
		if (publish) {
			article.publishLatest(clock.instant());
		}
		articles.saveAndFlush(article);
	}

	@Transactional
	public void publish(long articleId, long lockVersion) {
		ArticleEntity article = lockedArticle(articleId, lockVersion);
		article.publishLatest(clock.instant());
		articles.saveAndFlush(article);
	}

	/** Copies an old version into a new latest version; readers see it once it is published. */
	@Transactional
	public int restore(long articleId, int number, long lockVersion, long authorId, String authorName) {
		ArticleEntity article = lockedArticle(articleId, lockVersion);
		ArticleVersionEntity old = version(articleId, number);
		int restored = article.nextVersion();
		versions.save(new ArticleVersionEntity(articleId, restored, old.content(), authorId, authorName,
				clock.instant(), number));
		articles.saveAndFlush(article);
		return restored;
	}

	@Transactional(readOnly = true)
	public List<ArticleRow> list() {
		List<ArticleEntity> all = articles.findAll();
		Map<Long, ArticleVersionEntity> latest = versions.findLatest(all.stream().map(ArticleEntity::getId).toList())
			.stream()
			.collect(Collectors.toMap(ArticleVersionEntity::getArticleId, Function.identity()));
		return all.stream()
			.map(article -> row(article, latest.get(article.getId())))
			.sorted(Comparator.comparing(ArticleRow::title, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	@Transactional(readOnly = true)
	public ArticleWithVersion latest(long articleId) {
		ArticleEntity article = article(articleId);
		ArticleVersionEntity latest = version(articleId, article.getLatestVersion());
		return new ArticleWithVersion(row(article, latest), latest);
	}

	@Transactional(readOnly = true)
	public ArticleWithVersion versionOf(long articleId, int number) {
		ArticleEntity article = article(articleId);
		return new ArticleWithVersion(row(article, version(articleId, article.getLatestVersion())),
				version(articleId, number));
	}

	@Transactional(readOnly = true)
	public List<ArticleVersionEntity> history(long articleId) {
		article(articleId);
		return versions.findByArticleIdOrderByNumberDesc(articleId);
	}

	/** The published versions, for readers. */
	@Transactional(readOnly = true)
	public List<PublishedArticle> published() {
		Map<Long, ArticleEntity> byId = articles.findByPublishedVersionIsNotNull()
			.stream()
			.collect(Collectors.toMap(ArticleEntity::getId, Function.identity()));
		return versions.findAllPublished()
			.stream()
			.filter(version -> byId.containsKey(version.getArticleId()))
			.map(version -> new PublishedArticle(byId.get(version.getArticleId()), version))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<PublishedArticle> published(String slug) {
		return articles.findBySlug(slug)
			.filter(article -> article.getPublishedVersion() != null)
			.map(article -> new PublishedArticle(article, version(article.getId(), article.getPublishedVersion())));
	}

	/** A published article with the version readers see. */
	public record PublishedArticle(ArticleEntity article, ArticleVersionEntity version) {
	}

	private ArticleContent validate(ArticleContent content, List<FieldProblem> problems) {
		String title = content.title() == null ? "" : content.title().trim();
		String body = content.bodyMarkdown() == null ? "" : content.bodyMarkdown().replace("\r\n", "\n");
		if (title.isEmpty()) {
			problems.add(new FieldProblem("title", "guidance.title.required"));
		}
		else if (title.length() > MAX_TITLE) {
			problems.add(new FieldProblem("title", "guidance.title.tooLong", MAX_TITLE));
		}
		if (content.audience() == null) {
			problems.add(new FieldProblem("audience", "guidance.audience.required"));
		}
		if (body.isBlank()) {
			problems.add(new FieldProblem("body", "guidance.body.required"));
		}
		else if (body.length() > MAX_BODY) {
			problems.add(new FieldProblem("body", "guidance.body.tooLong", MAX_BODY));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new ArticleContent(title, content.audience(), body);
	}

	private ArticleEntity lockedArticle(long articleId, long lockVersion) {
		ArticleEntity article = article(articleId);
		if (article.getVersion() != lockVersion) {
			throw new ObjectOptimisticLockingFailureException(ArticleEntity.class, articleId);
		}
		return article;
	}

	private ArticleEntity article(long articleId) {
		return articles.findById(articleId).orElseThrow(() -> RecordNotFoundException.of("Article", articleId));
	}

	private ArticleVersionEntity version(long articleId, int number) {
		return versions.findByArticleIdAndNumber(articleId, number)
			.orElseThrow(() -> RecordNotFoundException.of("Article version", articleId + "/" + number));
	}

	private static ArticleRow row(ArticleEntity article, ArticleVersionEntity latest) {
		return new ArticleRow(article.getId(), article.getSlug(), latest.getTitle(), latest.getAudience(),
				article.getLatestVersion(), article.getPublishedVersion(), latest.getAuthorName(), latest.getCreatedAt(),
				article.getVersion());
	}

}
