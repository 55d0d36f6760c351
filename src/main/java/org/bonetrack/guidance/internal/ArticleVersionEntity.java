package org.bonetrack.guidance.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bonetrack.guidance.Audience;
import org.jspecify.annotations.Nullable;

/** One saved version of an article; never changed once written. */
@Entity
@Table(name = "guidance_article_versions")
public class ArticleVersionEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long articleId;

	private int number;

	private String title;

	@Enumerated(EnumType.STRING)
	private Audience audience;

	@Column(name = "body_markdown")
	private String bodyMarkdown;

	private @Nullable Long authorId;

	private String authorName;

	private Instant createdAt;

	private @Nullable Integer restoredFrom;

	protected ArticleVersionEntity() {
	}

	ArticleVersionEntity(long articleId, int number, ArticleContent content, @Nullable Long authorId,
			String authorName, Instant now, @Nullable Integer restoredFrom) {
		this.articleId = articleId;
		this.number = number;
		this.title = content.title();
		this.audience = content.audience();
		this.bodyMarkdown = content.bodyMarkdown();
		this.authorId = authorId;
		this.authorName = authorName;
		this.createdAt = now;
		this.restoredFrom = restoredFrom;
	}

	public ArticleContent content() {
		return new ArticleContent(title, audience, bodyMarkdown);
	}

	public Long getArticleId() {
		return articleId;
	}

	public int getNumber() {
		return number;
	}

	public String getTitle() {
		return title;
	}

	public Audience getAudience() {
		return audience;
	}

	public String getBodyMarkdown() {
		return bodyMarkdown;
	}

	public String getAuthorName() {
		return authorName;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public @Nullable Integer getRestoredFrom() {
		return restoredFrom;
	}

}
