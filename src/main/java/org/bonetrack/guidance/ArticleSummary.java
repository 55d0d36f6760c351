package org.bonetrack.guidance;

/** A published article in a list: where it is and what it is called. */
public record ArticleSummary(String slug, String title, Audience audience) {

	public String path() {
		return ArticleSlugs.path(slug);
	}

}
