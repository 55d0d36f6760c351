package org.bonetrack.guidance;

import java.time.Instant;

/** A published article to read: its sanitised HTML and when it was published. */
public record ArticleView(String slug, String title, Audience audience, String html, int version,
		Instant publishedAt) {
}
