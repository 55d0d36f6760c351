package org.bonetrack.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.bonetrack.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Static files keep their URLs, and page links are no longer looked up as resources (issue 9). */
@IntegrationTest
class StaticResourcesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Autowired
	ApplicationContext context;

	@Test
	void assetsAndVersionlessWebjarsAreServed() throws Exception {
		for (String path : new String[] { "/css/bonetrack.css", "/js/scoring.js", "/images/favicon.svg",
				"/webjars/bootstrap/css/bootstrap.min.css", "/webjars/chart.js/dist/chart.umd.js" }) {
			mvc.perform(get(path)).andExpect(status().isOk());
		}
	}

	@Test
	void pageLinksAreNotResourceLookups() {
		assertThat(resourceUrls.getHandlerMap()).doesNotContainKey("/**")
			.containsKeys("/webjars/**", "/css/**", "/js/**", "/images/**");
		assertThat(resourceUrls.getForLookupPath("/me/exercise")).isNull();
	}

	@Test
	void pagesLinkWebjarsWithTheirVersionAndOnlyStaticLinksAreLookedUp() throws Exception {
		String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();

		assertThat(page).containsPattern("href=\"/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/css/bootstrap.min.css\"")
			.contains("href=\"/css/bonetrack.css\"");
		// Spring's filter asked the resource chain about every link of a page
		assertThat(context.getBeanProvider(ResourceUrlEncodingFilter.class).stream()).isEmpty();
		assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
			.noneMatch(registration -> registration.getFilter() instanceof ResourceUrlEncodingFilter);
		assertThat(StaticLinkVersions.isStatic("/webjars/bootstrap/css/bootstrap.min.css")).isTrue();
		assertThat(StaticLinkVersions.isStatic("/me/scores/2026-W48")).isFalse();
	}

	@Test
	void eachStaticLinkIsLookedUpOnceAndPageLinksNever() {
		List<String> lookedUp = new ArrayList<>();
		StaticLinkVersions.RememberedVersions versions = new StaticLinkVersions.RememberedVersions((request, url) -> {
			lookedUp.add(url);
			return url.replace("/webjars/bootstrap/", "/webjars/bootstrap/5.3.3/");
		});
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/me");

		for (int page = 0; page < 3; page++) {
			assertThat(versions.of(request, "/webjars/bootstrap/css/bootstrap.min.css"))
				.isEqualTo("/webjars/bootstrap/5.3.3/css/bootstrap.min.css");
			assertThat(versions.of(request, "/me/scores/2026-W48")).isEqualTo("/me/scores/2026-W48");
		}

		assertThat(lookedUp).containsExactly("/webjars/bootstrap/css/bootstrap.min.css");
	}

	@Test
	void rememberedLinksStopAtTheLimitAndTheRestAreStillVersioned() {
		List<String> lookedUp = new ArrayList<>();
		StaticLinkVersions.RememberedVersions versions = new StaticLinkVersions.RememberedVersions((request, url) -> {
			lookedUp.add(url);
			return url + "?v=1";
		});
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/me");
		int links = StaticLinkVersions.RememberedVersions.MAX_REMEMBERED + 10;

		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < links; i++) {
				assertThat(versions.of(request, "/css/file-" + i + ".css")).isEqualTo("/css/file-" + i + ".css?v=1");
			}
		}

		assertThat(lookedUp).hasSize(links + 10);
	}

	@Test
	void unknownPathsAreStillNotFound() throws Exception {
		mvc.perform(get("/css/no-such-file.css")).andExpect(status().isNotFound());
	}

}
