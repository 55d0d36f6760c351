package db.migration;

import org.bonetrack.guidance.ArticleSlugs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeedArticlesMigrationTests {

	@Test
	void theSeedMigrationPublishesExactlyTheArticlesTheCodeLinksTo() {
		assertThat(V42__guidance_seed_articles.SLUGS).containsExactlyInAnyOrderElementsOf(ArticleSlugs.ALL);
	}

	@Test
	void aSeedFileIsReadAsTitleAudienceAndBody() {
		var seed = V42__guidance_seed_articles.Seed.parse("---\ntitle: Calcium\naudience: BOTH\n---\nBody *text*\n");

		assertThat(seed.title()).isEqualTo("Calcium");
		assertThat(seed.audience()).isEqualTo("BOTH");
		assertThat(seed.body()).isEqualTo("Body *text*\n");
	}

}
