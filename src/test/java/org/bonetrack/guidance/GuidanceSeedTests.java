package org.bonetrack.guidance;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bonetrack.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The migrations seed rule set v1 with DESIGN.md's defaults and every article BoneTrack links to. */
@IntegrationTest
class GuidanceSeedTests {

	private static final Pattern INTERNAL_LINK = Pattern.compile("\\]\\(/guidance/([a-z0-9-]+)\\)");

	@Autowired
	Guidance guidance;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void ruleSetVersionOneHoldsEveryParameterWithItsDefault() {
		RuleSet v1 = guidance.rules(1);

		assertThat(v1.version()).isEqualTo(1);
		assertThat(v1.sameValuesAs(RuleSet.initial())).isTrue();
		assertThat(jdbc.queryForObject(
				"select count(*) from rule_set_parameters p join rule_sets r on r.id = p.rule_set_id where r.version_number = 1",
				Integer.class))
			.isEqualTo(RuleParameter.values().length);
		assertThat(v1.get(RuleParameter.CALCIUM_TARGET_MG)).isEqualTo(1200);
		assertThat(v1.get(RuleParameter.LSC_FEMORAL_NECK_PERCENT)).isEqualTo(6.9);
		assertThat(v1.get(RuleParameter.AIBL_T_SCORE_BELOW)).isEqualTo(-2.0);
	}

	@Test
	void everyArticleTheAppLinksToIsSeededAndPublished() {
		List<String> published = guidance.publishedArticles(Audience.BOTH).stream().map(ArticleSummary::slug).toList();

		assertThat(published).containsAll(ArticleSlugs.ALL);
		assertThat(jdbc.queryForList("select slug from guidance_articles where published_version = 1 and latest_version >= 1",
				String.class))
			.containsAll(ArticleSlugs.ALL);
	}

	@Test
	void everySeededArticleCitesItsSourcesAndLinksOnlyToArticlesThatExist() {
		for (String slug : ArticleSlugs.ALL) {
			String body = jdbc.queryForObject("""
					select v.body_markdown from guidance_article_versions v join guidance_articles a on a.id = v.article_id
					where a.slug = ? and v.number = 1""", String.class, slug);
			assertThat(body).as(slug).contains("## Sources");
			Matcher links = INTERNAL_LINK.matcher(body);
			while (links.find()) {
				assertThat(ArticleSlugs.ALL).as("link in " + slug).contains(links.group(1));
			}
		}
	}

	@Test
	void theExerciseComparisonTableIsPartOfTheLoadingArticle() {
		ArticleView loading = guidance.publishedArticle(ArticleSlugs.OSTEOGENIC_LOADING, Audience.PATIENT).orElseThrow();

		assertThat(loading.html()).contains("<table>", "Progressive resistance (strength) training",
				"Walking with a weighted vest", "Ordinary walking, swimming, cycling", "Moderate");
	}

}
