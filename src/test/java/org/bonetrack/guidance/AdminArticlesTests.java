package org.bonetrack.guidance;

import java.util.UUID;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Admins write, preview, publish and restore articles; two admins never overwrite each other unawares. */
@IntegrationTest
class AdminArticlesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	Guidance guidance;

	@Autowired
	JdbcTemplate jdbc;

	private static String slug() {
		return "test-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private long create(AuthenticatedUser admin, String slug, String body) throws Exception {
		mvc.perform(post("/admin/guidance/new").with(user(admin)).with(csrf())
			.param("slug", slug)
			.param("title", "Stairs and bones")
			.param("audience", "PATIENT")
			.param("body", body)).andExpect(status().is3xxRedirection());
		return jdbc.queryForObject("select id from guidance_articles where slug = ?", Long.class, slug);
	}

	private long lockVersion(long id) {
		return jdbc.queryForObject("select version from guidance_articles where id = ?", Long.class, id);
	}

	@Test
	void badInputIsExplainedBesideEachFieldKeptInTheFormAndNothingIsSaved() throws Exception {
		AuthenticatedUser admin = people.admin();
		create(admin, "taken-" + slug(), "x");
		String taken = jdbc.queryForObject("select slug from guidance_articles where slug like 'taken-%' limit 1",
				String.class);

		mvc.perform(post("/admin/guidance/new").with(user(admin)).with(csrf())
			.param("slug", "Not A Slug!")
			.param("title", "")
			.param("body", "Kept *text*"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "slug", "guidance.slug.format"))
			.andExpect(model().attributeHasFieldErrorCode("form", "title", "guidance.title.required"))
			.andExpect(model().attributeHasFieldErrorCode("form", "audience", "guidance.audience.required"))
			.andExpect(content().string(containsString("Kept *text*")))
			.andExpect(content().string(containsString("aria-describedby=\"slug-hint slug-error\"")));
		mvc.perform(post("/admin/guidance/new").with(user(admin)).with(csrf())
			.param("slug", taken)
			.param("title", "Another")
			.param("audience", "BOTH")
			.param("body", "text"))
			.andExpect(model().attributeHasFieldErrorCode("form", "slug", "guidance.slug.taken"));

		assertThat(jdbc.queryForObject("select count(*) from guidance_articles where slug = 'Not A Slug!'", Integer.class))
			.isZero();
	}

	@Test
	void previewRendersSafelyWithoutSavingAndPublishingShowsTheArticleToReaders() throws Exception {
		AuthenticatedUser admin = people.admin();
		String slug = slug();
		long id = create(admin, slug, "First draft");

		assertThat(guidance.publishedArticle(slug, Audience.PATIENT)).isEmpty();
		mvc.perform(post("/admin/guidance/" + id).with(user(admin)).with(csrf())
			.param("title", "Stairs and bones")
			.param("audience", "PATIENT")
			.param("body", "## Why\nClimb <script>alert(1)</script> [x](javascript:alert(1))")
			.param("version", String.valueOf(lockVersion(id)))
			.param("action", "preview"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h2>Why</h2>")))
			.andExpect(content().string(containsString("&lt;script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("href=\"javascript"))));
		assertThat(jdbc.queryForObject("select latest_version from guidance_articles where id = ?", Integer.class, id))
			.isEqualTo(1);

		mvc.perform(post("/admin/guidance/" + id).with(user(admin)).with(csrf())
			.param("title", "Stairs and your bones")
			.param("audience", "PATIENT")
			.param("body", "Take the stairs.")
			.param("version", String.valueOf(lockVersion(id)))
			.param("action", "publish")).andExpect(status().is3xxRedirection());

		ArticleView published = guidance.publishedArticle(slug, Audience.PATIENT).orElseThrow();
		assertThat(published.title()).isEqualTo("Stairs and your bones");
		assertThat(published.version()).isEqualTo(2);
		mvc.perform(get("/guidance/" + slug).with(user(people.patient())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Take the stairs.")));
	}

	@Test
	void theSecondOfTwoConcurrentSavesIsRefusedWithItsTextKeptAndTheFirstStays() throws Exception {
		AuthenticatedUser first = people.admin();
		AuthenticatedUser second = people.admin();
		long id = create(first, slug(), "Original");
		long openedBoth = lockVersion(id);

		mvc.perform(post("/admin/guidance/" + id).with(user(first)).with(csrf())
			.param("title", "Stairs and bones")
			.param("audience", "PATIENT")
			.param("body", "First admin's words")
			.param("version", String.valueOf(openedBoth))
			.param("action", "save")).andExpect(status().is3xxRedirection());
		MvcResult refused = mvc.perform(post("/admin/guidance/" + id).with(user(second)).with(csrf())
			.param("title", "Stairs and bones")
			.param("audience", "BOTH")
			.param("body", "Second admin's words")
			.param("version", String.valueOf(openedBoth))
			.param("action", "save"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("saved version 2 of this article while you were editing")))
			.andExpect(content().string(containsString("Second admin&#39;s words")))
			.andExpect(content().string(containsString("First admin&#39;s words")))
			.andReturn();

		assertThat(jdbc.queryForObject("""
				select v.body_markdown from guidance_article_versions v join guidance_articles a on a.id = v.article_id
				where a.id = ? and v.number = a.latest_version""", String.class, id)).isEqualTo("First admin's words");
		// the refused form now carries the newer lock version: saving again is a deliberate choice
		assertThat(refused.getResponse().getContentAsString())
			.contains("name=\"version\" value=\"" + lockVersion(id) + "\"");
	}

	@Test
	void historyListsEveryVersionWithItsAuthorAndAnOldVersionCanBeRestored() throws Exception {
		AuthenticatedUser admin = people.admin();
		String slug = slug();
		long id = create(admin, slug, "Version one text");
		mvc.perform(post("/admin/guidance/" + id).with(user(admin)).with(csrf())
			.param("title", "Stairs and bones")
			.param("audience", "PATIENT")
			.param("body", "Version two text")
			.param("version", String.valueOf(lockVersion(id)))
			.param("action", "publish"));

		mvc.perform(get("/admin/guidance/" + id + "/history").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(admin.displayName())))
			.andExpect(content().string(containsString(">v2<")))
			.andExpect(content().string(containsString(">v1<")));
		mvc.perform(post("/admin/guidance/" + id + "/versions/1/restore").with(user(admin)).with(csrf())
			.param("version", String.valueOf(lockVersion(id)))).andExpect(status().is3xxRedirection());

		assertThat(jdbc.queryForObject("""
				select v.body_markdown from guidance_article_versions v join guidance_articles a on a.id = v.article_id
				where a.id = ? and v.number = a.latest_version""", String.class, id)).isEqualTo("Version one text");
		assertThat(jdbc.queryForObject("select restored_from from guidance_article_versions where article_id = ? and number = 3",
				Integer.class, id)).isEqualTo(1);
		// readers still see the published version 2 until the restored one is published
		assertThat(guidance.publishedArticle(slug, Audience.PATIENT).orElseThrow().version()).isEqualTo(2);
	}

	@Test
	void onlyAdminsReachTheEditor() throws Exception {
		mvc.perform(get("/admin/guidance").with(user(people.clinician()))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/guidance").with(user(people.patient()))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/guidance").with(user(people.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/guidance/calcium")));
	}

}
