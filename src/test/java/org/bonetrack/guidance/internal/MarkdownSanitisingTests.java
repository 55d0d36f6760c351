package org.bonetrack.guidance.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownSanitisingTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert('x')</script>", "Hello <script src=\"https://evil.example/x.js\"></script>",
			"<SCRIPT>alert(1)</SCRIPT>", "<scr<script>ipt>alert(1)</script>" })
	void scriptTagsNeverRun(String markdown) {
		String html = renderer.toSafeHtml(markdown);

		assertThat(html.toLowerCase()).doesNotContain("<script");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<img src=x onerror=alert(1)>", "<a href=\"/x\" onclick=\"alert(1)\">x</a>",
			"<p onmouseover=\"alert(1)\">hi</p>", "<svg onload=alert(1)>", "<body onload=alert(1)>" })
	void inlineEventHandlersAreRemoved(String markdown) {
		String html = renderer.toSafeHtml(markdown);

		assertThat(html.toLowerCase()).doesNotContainPattern("<[^>]*\\son\\w+\\s*=");
	}

	@ParameterizedTest
	@ValueSource(strings = { "[click](javascript:alert(1))", "[click](JaVaScRiPt:alert(1))",
			"[click](&#106;avascript:alert(1))", "[click](data:text/html;base64,PHNjcmlwdD4=)",
			"[click](vbscript:msgbox(1))", "<a href=\"javascript:alert(1)\">x</a>", "[mail](mailto:someone@example.org)" })
	void linksOnlyGoToHttpHttpsOrOwnPages(String markdown) {
		String html = renderer.toSafeHtml(markdown).toLowerCase();

		// raw HTML is shown as text, never as a live link; Markdown links to other schemes lose their target
		assertThat(html).doesNotContainPattern("href\\s*=\\s*\"?\\s*(javascript|data|vbscript|mailto)")
			.doesNotContainPattern("<a\\s[^>]*href=\"(?!https?://|/|\")");
	}

	@Test
	void safeLinksKeepWorkingAndOpenNothingWithTheOpenersContext() {
		String html = renderer.toSafeHtml("[ROS](https://theros.org.uk/guide) and [Calcium](/guidance/calcium)");

		assertThat(html).contains("href=\"https://theros.org.uk/guide\"", "href=\"/guidance/calcium\"")
			.containsPattern("rel=\"(?=[^\"]*noopener)(?=[^\"]*noreferrer)(?=[^\"]*nofollow)[^\"]*\"");
	}

	@Test
	void htmlEntitiesStayTextAndAreNotDecodedIntoMarkup() {
		String html = renderer.toSafeHtml("5 &lt; 6 &amp;&amp; &lt;script&gt;alert(1)&lt;/script&gt; &copy; µg");

		assertThat(html).contains("&lt;script&gt;").doesNotContain("<script");
		assertThat(html).contains("5 &lt; 6");
		assertThat(html).contains("©").contains("µg");
	}

	@Test
	void stylesFramesAndFormsAreDropped() {
		String html = renderer.toSafeHtml("""
				<style>body{display:none}</style>
				<p style="color:red">styled</p>
				<iframe src="https://evil.example"></iframe>
				<form action="https://evil.example"><input name="x"></form>
				""");

		assertThat(html.toLowerCase()).doesNotContain("<style", "style=", "<iframe", "<form", "<input");
	}

	@Test
	void imagesOnlyFromBoneTrackItself() {
		String own = renderer.toSafeHtml("![Squat](/images/squat.png)");
		String foreign = renderer.toSafeHtml("![Tracker](https://evil.example/pixel.gif)");
		String protocolRelative = renderer.toSafeHtml("![Tracker](//evil.example/pixel.gif)");

		assertThat(own).contains("<img src=\"/images/squat.png\" alt=\"Squat\"");
		assertThat(foreign).doesNotContain("evil.example");
		assertThat(protocolRelative).doesNotContain("evil.example");
	}

	@Test
	void markdownTablesHeadingsAndListsSurvive() {
		String html = renderer.toSafeHtml("""
				# Top
				## Section
				- one
				- two

				| Food | Calcium |
				|---|--:|
				| Yogurt | 310 mg |
				""");

		assertThat(html).contains("<h2>Top</h2>", "<h2>Section</h2>", "<li>one</li>", "<table>", "<th>Food</th>",
				"<td align=\"right\">310 mg</td>");
		assertThat(html).doesNotContain("<h1");
	}

}
