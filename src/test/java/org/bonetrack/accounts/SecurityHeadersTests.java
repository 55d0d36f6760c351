package org.bonetrack.accounts;

import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegrationTest
class SecurityHeadersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/me", "/me/profile", "/api/v1/me/profile", "/css/bonetrack.css", "/no-such-page" })
	void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
		MvcResult result = mvc.perform(get(path).with(user(people.patient()))).andReturn();

		String csp = result.getResponse().getHeader("Content-Security-Policy");
		assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/me", "/me/profile", "/account" })
	void pagesCarryTheCsrfMetaTagsAndNoInlineScript(String path) throws Exception {
		var request = get(path);
		if (!path.equals("/login")) {
			request.with(user(people.patient()));
		}
		String html = mvc.perform(request).andReturn().getResponse().getContentAsString();

		assertThat(html).contains("<meta name=\"_csrf\" content=\"")
			.contains("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">");
		assertThat(html).containsPattern("<script[^>]+src=").doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
		assertThat(html).doesNotContainPattern("\\son[a-z]+=\"");
	}

}
