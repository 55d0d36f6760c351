package org.bonetrack.support.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The browser checks themselves: each must notice the fault it exists for, or a green journey
 * would prove nothing. Faults are planted in a real page through WebDriver.
 */
@BrowserTest
class PageChecksE2E {

	@Test
	void aSeriousAxeViolationFailsThePageCheckAndIsDescribedReadably(Browser browser) {
		browser.open("/login");
		browser.script("""
				const img = document.createElement('img');
				img.src = '/images/favicon.svg';
				document.querySelector('main').appendChild(img);
				""");

		assertThatThrownBy(browser::check).isInstanceOf(AssertionError.class)
			.hasMessageContaining("Page /login")
			.hasMessageContaining("[critical] image-alt")
			.hasMessageContaining("<img src=\"/images/favicon.svg\">");
	}

	@Test
	void anInlineScriptBlockedByTheContentSecurityPolicyFailsThePageCheck(Browser browser) {
		browser.open("/login");
		browser.script("""
				const script = document.createElement('script');
				script.textContent = 'window.injected = true;';
				document.body.appendChild(script);
				""");

		assertThat(browser.script("return window.injected === true;")).isEqualTo(false);
		assertThatThrownBy(browser::check).isInstanceOf(AssertionError.class)
			.hasMessageContaining("Content Security Policy");
	}

	@Test
	void theKeyboardCheckNoticesAFieldOutOfReachAndAMissingFocusRing(Browser browser) {
		browser.open("/login");
		browser.script("""
				const form = document.querySelector('main form');
				form.querySelector('#password').tabIndex = -1;
				document.querySelector('button[type=submit]').style.setProperty('outline', 'none', 'important');
				document.querySelector('button[type=submit]').style.setProperty('box-shadow', 'none', 'important');
				""");

		assertThat(AccessibilityChecks.keyboardProblems(browser)).anySatisfy(
				problem -> assertThat(problem).startsWith("the keyboard never reaches input#password"))
			.anySatisfy(problem -> assertThat(problem).startsWith("no visible focus indicator on button \"Sign in\""));
	}

	@Test
	void theZoomCheckNoticesContentWiderThanTheWindow(Browser browser) {
		browser.open("/login");
		browser.script("""
				const wide = document.createElement('p');
				wide.textContent = 'wide';
				wide.style.setProperty('width', '900px');
				document.querySelector('main').appendChild(wide);
				""");

		assertThat(AccessibilityChecks.reflowProblems(browser)).anySatisfy(
				problem -> assertThat(problem).contains("scrolls sideways"));
	}

	@Test
	void theSkipLinkCheckNoticesAMissingSkipLink(Browser browser) {
		browser.open("/invite/not-a-real-link");
		browser.script("document.querySelector('.skip-link').remove();");

		assertThat(AccessibilityChecks.skipLinkProblems(browser)).singleElement()
			.asString()
			.startsWith("the first Tab does not show the skip link");
	}

}
