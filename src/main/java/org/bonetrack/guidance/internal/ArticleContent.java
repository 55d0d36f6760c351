package org.bonetrack.guidance.internal;

import org.bonetrack.guidance.Audience;

/** What an admin writes: the title, who it is for and the Markdown body. */
public record ArticleContent(String title, Audience audience, String bodyMarkdown) {

	public boolean sameAs(ArticleContent other) {
		return title.equals(other.title) && audience == other.audience && bodyMarkdown.equals(other.bodyMarkdown);
	}

}
