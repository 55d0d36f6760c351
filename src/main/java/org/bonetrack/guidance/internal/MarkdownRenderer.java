package org.bonetrack.guidance.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.springframework.stereotype.Component;

/**
 * Markdown to safe HTML, in two layers: CommonMark (with tables) escapes any raw HTML the author
 * typed and drops unsafe link targets, then the OWASP sanitizer keeps only plain document
 * elements. No scripts, event handlers, styles or frames; links only to http, https or
 * BoneTrack's own pages; images only from BoneTrack itself. A top-level heading becomes a
 * second-level one, since the page title is the article's only first-level heading.
 */
@Component
public class MarkdownRenderer {

	/** A path on this site: starts with one slash, no scheme, no protocol-relative "//". */
	private static final Pattern OWN_IMAGE = Pattern.compile("^/(?![/\\\\])[^\\s\"'<>]*$");

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em", "strong", "code", "pre",
				"blockquote", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "a", "img")
		.allowElements((name, attributes) -> "h2", "h1")
		.allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
		.allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
		.allowUrlProtocols("http", "https")
		.allowAttributes("href", "title").onElements("a")
		.requireRelsOnLinks("noopener", "noreferrer", "nofollow")
		.allowAttributes("src").matching(OWN_IMAGE).onElements("img")
		.allowAttributes("alt", "title").onElements("img")
		.toFactory();

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	public String toSafeHtml(String markdown) {
		return POLICY.sanitize(renderer.render(parser.parse(markdown)));
	}

}
