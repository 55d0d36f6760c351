package org.bonetrack.support.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.Keys;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The checks axe-core cannot make, done the way a person would: the keyboard alone reaches every
 * field and button of every form with a focus ring one can see, the skip link leads to the main
 * content, and at 200 % zoom (a 640 CSS pixel wide window) nothing needs sideways scrolling or
 * is cut off. Each check returns its problems, one readable line each; none means it passed.
 */
public final class AccessibilityChecks {

	/** A window 1280 pixels wide at 200 % zoom lays pages out 640 CSS pixels wide. */
	static final int ZOOMED_WIDTH = 640;

	private static final int MAX_TABS = 250;

	/** Describes the focused element and whether its focus indicator is clearly visible. */
	private static final String FOCUSED = """
			const el = document.activeElement;
			if (!el || el === document.body || el === document.documentElement) { return null; }
			const css = getComputedStyle(el);
			const outline = css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) >= 2
				&& css.outlineColor.startsWith('rgb(');
			const shadow = css.boxShadow !== 'none' && /rgb\\(/.test(css.boxShadow)
				&& css.boxShadow.split('px').length > 3;
			const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ');
			return {
				key: el.getAttribute('data-kb'),
				what: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.name ? '[name=' + el.name + ']' : '')
					+ (text ? ' "' + text.substring(0, 40) + '"' : ''),
				visible: outline || shadow,
				style: 'outline ' + css.outlineStyle + ' ' + css.outlineWidth + ' ' + css.outlineColor + '; box-shadow ' + css.boxShadow
			};
			""";

	/** Numbers every element and lists the form controls a keyboard user must be able to reach. */
	private static final String FORM_CONTROLS = """
			let n = 0;
			document.querySelectorAll('*').forEach(el => el.setAttribute('data-kb', String(n++)));
			const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
			const radioGroups = new Set();
			const controls = [];
			document.querySelectorAll('form').forEach(form => {
				if ((form.getAttribute('action') || '').endsWith('/logout')) { return; }
				form.querySelectorAll('input, select, textarea, button').forEach(el => {
					// aria-hidden with tabindex -1: deliberately out of reach (e.g. a form's default button for Enter)
					if (el.type === 'hidden' || el.disabled || !shown(el) || el.closest('[aria-hidden="true"]')) { return; }
					if (el.type === 'radio') {
						if (radioGroups.has(form.getAttribute('data-kb') + el.name)) { return; }
						radioGroups.add(form.getAttribute('data-kb') + el.name);
						const group = Array.from(form.querySelectorAll('input[type=radio]'))
							.filter(r => r.name === el.name).map(r => r.getAttribute('data-kb'));
						controls.push({ keys: group, what: 'radio group ' + el.name });
						return;
					}
					const label = el.labels && el.labels.length ? el.labels[0].innerText.trim() : (el.innerText || el.value || '').trim();
					controls.push({ keys: [el.getAttribute('data-kb')],
						what: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + label.substring(0, 40) + '"' });
				});
			});
			return controls;
			""";

	private AccessibilityChecks() {
	}

	/**
	 * Tabs through the whole page from the top: every form control must be reached, in an order
	 * that follows the page, each showing a visible focus indicator; no positive tabindex.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> keyboardProblems(Browser browser) {
		List<String> problems = new ArrayList<>();
		Object positive = browser.script("""
				return Array.from(document.querySelectorAll('[tabindex]'))
					.filter(el => el.tabIndex > 0).map(el => el.outerHTML.substring(0, 80));
				""");
		((List<String>) positive).forEach(html -> problems.add("positive tabindex breaks the tab order: " + html));

		List<Map<String, Object>> controls = (List<Map<String, Object>>) browser.script(FORM_CONTROLS);
		// Start from the top of the page, as after loading it, even if something took focus on load.
		browser.script("""
				document.body.tabIndex = -1;
				document.body.focus();
				document.body.removeAttribute('tabindex');
				window.scrollTo(0, 0);
				""");
		List<String> reachedKeys = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		Actions keyboard = new Actions(browser.driver());
		for (int press = 0; press < MAX_TABS; press++) {
			keyboard.sendKeys(Keys.TAB).perform();
			Map<String, Object> focused = (Map<String, Object>) browser.script(FOCUSED);
			if (focused == null) {
				if (!reachedKeys.isEmpty()) {
					break;
				}
				continue;
			}
			String key = String.valueOf(focused.get("key"));
			if (!reachedKeys.isEmpty() && reachedKeys.get(reachedKeys.size() - 1).equals(key)) {
				continue; // another stop inside the same control, e.g. the day, month and year of a date
			}
			if (!seen.add(key)) {
				break; // back at the start
			}
			reachedKeys.add(key);
			if (!Boolean.TRUE.equals(focused.get("visible"))) {
				problems.add("no visible focus indicator on " + focused.get("what") + " (" + focused.get("style") + ")");
			}
		}
		int previous = -1;
		for (Map<String, Object> control : controls) {
			List<String> keys = (List<String>) control.get("keys");
			int position = keys.stream().mapToInt(reachedKeys::indexOf).filter(index -> index >= 0).min().orElse(-1);
			if (position < 0) {
				problems.add("the keyboard never reaches " + control.get("what"));
			}
			else if (position < previous) {
				problems.add("the keyboard reaches " + control.get("what") + " out of the page's order");
			}
			previous = Math.max(previous, position);
		}
		return problems;
	}

	/**
	 * From a freshly loaded page, the first Tab shows the skip link and Enter moves focus to the
	 * main content. Pages that focus something on load (a login field, an error summary) start
	 * further on, which is where their users need to be; those are not checked here.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> skipLinkProblems(Browser browser) {
		if (!Boolean.TRUE.equals(browser.script("return document.activeElement === document.body;"))) {
			return List.of();
		}
		List<String> problems = new ArrayList<>();
		new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
		Map<String, Object> focused = (Map<String, Object>) browser.script(FOCUSED);
		Object onScreen = browser.script("""
				const r = document.activeElement.getBoundingClientRect();
				return document.activeElement.classList.contains('skip-link') && r.top >= 0 && r.bottom <= innerHeight
					&& r.width > 1 && r.height > 1;
				""");
		if (focused == null || !Boolean.TRUE.equals(onScreen)) {
			problems.add("the first Tab does not show the skip link (focus is on "
					+ (focused == null ? "nothing" : focused.get("what")) + ")");
			return problems;
		}
		if (!Boolean.TRUE.equals(focused.get("visible"))) {
			problems.add("the skip link has no visible focus indicator (" + focused.get("style") + ")");
		}
		new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
		boolean inMain = new WebDriverWait(browser.driver(), Duration.ofSeconds(3)).until(driver -> Boolean.TRUE
			.equals(browser.script("return document.activeElement && document.activeElement.id === 'main';")));
		if (!inMain) {
			problems.add("Enter on the skip link does not move focus to the main content");
		}
		return problems;
	}

	/**
	 * Lays the page out as at 200 % zoom of a 1280 pixel window and lists what would need
	 * sideways scrolling or is cut off. Tables inside {@code .table-responsive} may scroll in their
	 * own box (WCAG 1.4.10 exempts two-dimensional data). The collapsed navigation must open.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> reflowProblems(Browser browser) {
		HasCdp cdp = (HasCdp) browser.driver();
		cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", ZOOMED_WIDTH, "height", 800, "deviceScaleFactor", 2, "mobile", false));
		try {
			List<String> problems = new ArrayList<>((List<String>) browser.script("""
					const width = document.documentElement.clientWidth;
					const problems = [];
					if (document.documentElement.scrollWidth > width + 1) {
						problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + 'px wide in ' + width + 'px');
					}
					const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
						+ (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
						+ ' "' + (el.innerText || '').trim().substring(0, 30) + '"';
					for (const el of document.querySelectorAll('header *, main *, footer *')) {
						if (el.closest('.table-responsive, .visually-hidden, .collapse:not(.show), [aria-hidden="true"]')) { continue; }
						const css = getComputedStyle(el);
						if (css.visibility === 'hidden' || css.display === 'none') { continue; }
						const r = el.getBoundingClientRect();
						if (r.width === 0 || r.height === 0) { continue; }
						if (r.right > width + 1 || r.left < -1) {
							problems.push(describe(el) + ' reaches outside the window (' + Math.round(r.left) + '..' + Math.round(r.right) + 'px)');
						}
						else if ((css.overflowX === 'hidden' || css.overflowX === 'clip') && el.scrollWidth > el.clientWidth + 1
								&& !el.matches('input, select, textarea')) {
							problems.push(describe(el) + ' cuts off its content');
						}
					}
					return problems.slice(0, 15);
					"""));
			problems.addAll(collapsedNavigationProblems(browser));
			return problems;
		}
		finally {
			cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	private static List<String> collapsedNavigationProblems(Browser browser) {
		Object toggler = browser.script("""
				const t = document.querySelector('.navbar-toggler');
				return t && t.getClientRects().length > 0 ? t : null;
				""");
		if (toggler == null) {
			return List.of();
		}
		((org.openqa.selenium.WebElement) toggler).click();
		boolean open = new WebDriverWait(browser.driver(), Duration.ofSeconds(3)).until(driver -> Boolean.TRUE
			.equals(browser.script("""
					const nav = document.getElementById('main-nav');
					return nav.classList.contains('show') && !nav.classList.contains('collapsing');
					""")));
		Object hidden = browser.script("""
				return Array.from(document.querySelectorAll('#main-nav a, #main-nav button'))
					.filter(el => { const r = el.getBoundingClientRect(); return r.width === 0 || r.right > innerWidth + 1; })
					.map(el => el.innerText.trim());
				""");
		List<String> problems = new ArrayList<>();
		if (!open) {
			problems.add("the navigation button does not open the navigation");
		}
		if (hidden instanceof List<?> list && !list.isEmpty()) {
			problems.add("navigation entries not shown at 200 % zoom: " + list);
		}
		return problems;
	}

}
