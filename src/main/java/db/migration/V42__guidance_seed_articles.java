package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seeds and publishes the guidance articles BoneTrack links to, as version 1 of each, from the
 * Markdown files in {@code guidance/articles} (a title and audience header, then the body). The
 * list is fixed here on purpose: a migration is a snapshot, and articles added later get their
 * own migration. {@code ArticleSlugs} names them for the code; a test checks both agree.
 */
public class V42__guidance_seed_articles extends BaseJavaMigration {

	static final List<String> SLUGS = List.of("why-anastrozole-thins-bone", "how-the-weekly-score-works",
			"osteogenic-loading", "resistance-training", "impact-training", "weighted-vest-walking",
			"walking-swimming-and-cycling", "calcium", "vitamin-d", "vitamin-k", "magnesium", "omega-3-epa-dha",
			"protein", "upper-limits-and-safety", "reading-a-dexa-report", "clinical-flags-explained");

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		for (String slug : SLUGS) {
			Seed seed = Seed.parse(read("guidance/articles/" + slug + ".md"));
			long id;
			try (PreparedStatement article = connection.prepareStatement("""
					insert into guidance_articles (slug, latest_version, published_version, published_at, created_at)
					values (?, 1, 1, now(), now()) returning id""")) {
				article.setString(1, slug);
				try (ResultSet key = article.executeQuery()) {
					key.next();
					id = key.getLong(1);
				}
			}
			try (PreparedStatement version = connection.prepareStatement("""
					insert into guidance_article_versions
					    (article_id, number, title, audience, body_markdown, author_name, created_at)
					values (?, 1, ?, ?, ?, 'BoneTrack', now())""")) {
				version.setLong(1, id);
				version.setString(2, seed.title());
				version.setString(3, seed.audience());
				version.setString(4, seed.body());
				version.executeUpdate();
			}
		}
	}

	private static String read(String resource) {
		try (InputStream in = V42__guidance_seed_articles.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing seed article " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A seed file: {@code ---}, {@code title: …}, {@code audience: …}, {@code ---}, then Markdown. */
	record Seed(String title, String audience, String body) {

		static Seed parse(String text) {
			if (!text.startsWith("---\n")) {
				throw new IllegalStateException("A seed article starts with a --- header");
			}
			int end = text.indexOf("\n---\n", 4);
			String title = null;
			String audience = null;
			for (String line : text.substring(4, end).split("\n")) {
				if (line.startsWith("title:")) {
					title = line.substring(6).trim();
				}
				else if (line.startsWith("audience:")) {
					audience = line.substring(9).trim();
				}
			}
			if (title == null || audience == null) {
				throw new IllegalStateException("A seed article needs a title and an audience");
			}
			return new Seed(title, audience, text.substring(end + 5).strip() + "\n");
		}

	}

}
