package org.bonetrack.guidance.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A guidance article: its slug, its latest version and the version readers see. */
@Entity
@Table(name = "guidance_articles")
public class ArticleEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private int latestVersion;

	private @Nullable Integer publishedVersion;

	private @Nullable Instant publishedAt;

	private Instant createdAt;

	@Version
	private long version;

	protected ArticleEntity() {
	}

	ArticleEntity(String slug, Instant now) {
		this.slug = slug;
		this.latestVersion = 1;
		this.createdAt = now;
	}

	/** Makes room for the next version and returns its number. */
	int nextVersion() {
		latestVersion++;
		return latestVersion;
	}

	void publishLatest(Instant now) {
		publishedVersion = latestVersion;
		publishedAt = now;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public int getLatestVersion() {
		return latestVersion;
	}

	public @Nullable Integer getPublishedVersion() {
		return publishedVersion;
	}

	public @Nullable Instant getPublishedAt() {
		return publishedAt;
	}

	public long getVersion() {
		return version;
	}

}
