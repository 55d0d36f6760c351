package org.bonetrack.guidance;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.bonetrack.guidance.internal.ArticleService;
import org.bonetrack.guidance.internal.MarkdownRenderer;
import org.bonetrack.guidance.internal.RuleSetService;

import org.springframework.stereotype.Service;

/**
 * What other modules may ask of guidance: the rule set in force (or a given version) and the
 * published articles a reader may see.
 */
@Service
public class Guidance {

	private final RuleSetService ruleSets;

	private final ArticleService articles;

	private final MarkdownRenderer markdown;

	Guidance(RuleSetService ruleSets, ArticleService articles, MarkdownRenderer markdown) {
		this.ruleSets = ruleSets;
		this.articles = articles;
		this.markdown = markdown;
	}

	/** The current rule set; cheap enough to call for every score. */
	public RuleSet currentRules() {
		return ruleSets.current();
	}

	/** A published rule set version; "not found" for a draft or an unknown number. */
	public RuleSet rules(int version) {
		return ruleSets.version(version);
	}

	/** Published articles written for the reader's audience (or for everyone), by title. */
	public List<ArticleSummary> publishedArticles(Audience reader) {
		return articles.published()
			.stream()
			.filter(article -> article.version().getAudience().includes(reader))
			.map(article -> new ArticleSummary(article.article().getSlug(), article.version().getTitle(),
					article.version().getAudience()))
			.sorted(Comparator.comparing(ArticleSummary::title, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** A published article the reader may see, rendered to safe HTML. */
	public Optional<ArticleView> publishedArticle(String slug, Audience reader) {
		return articles.published(slug)
			.filter(article -> article.version().getAudience().includes(reader))
			.map(article -> new ArticleView(article.article().getSlug(), article.version().getTitle(),
					article.version().getAudience(), markdown.toSafeHtml(article.version().getBodyMarkdown()),
					article.version().getNumber(), article.article().getPublishedAt()));
	}

	/** Titles of the published articles among the slugs the reader may see, for links. */
	public Map<String, String> titles(Audience reader) {
		return publishedArticles(reader).stream()
			.collect(Collectors.toMap(ArticleSummary::slug, ArticleSummary::title, (a, b) -> a));
	}

}
