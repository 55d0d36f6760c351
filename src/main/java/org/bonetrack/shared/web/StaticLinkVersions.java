package org.bonetrack.shared.web;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Writes the links to webjars with their version ({@code /webjars/bootstrap/5.3.3/...}), as
 * Spring's {@code ResourceUrlEncodingFilter} does, but asks the resource chain only about links
 * to static files. That filter matched every link of a page (40 on the patient home, nearly all
 * to pages) against the resource handlers: 5 % of the page's CPU for six useful answers. Spring
 * Boot's registration of it is off ({@code spring.web.resources.chain.enabled=false}).
 */
@Configuration(proxyBeanMethods = false)
class StaticLinkVersions {

	/** The URL prefixes of {@link StaticResources}' handlers. */
	private static final String[] STATIC_PREFIXES = { "/webjars/", "/css/", "/js/", "/images/" };

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> staticLinkVersionsFilter(ResourceUrlProvider mvcResourceUrlProvider) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new VersioningFilter(mvcResourceUrlProvider));
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	static boolean isStatic(String url) {
		for (String prefix : STATIC_PREFIXES) {
			if (url.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The versioned form of each static link, looked up once: the resource chain answered the same
	 * few links on every page (3 % of the patient home's CPU). The links come from the templates, so
	 * there are a handful; the map stops growing at {@value #MAX_REMEMBERED} all the same.
	 */
	static final class RememberedVersions {

		static final int MAX_REMEMBERED = 256;

		private final BiFunction<HttpServletRequest, String, @Nullable String> lookup;

		private final Map<String, String> versions = new ConcurrentHashMap<>();

		/** @param lookup the resource chain's versioned URL for a link, or null */
		RememberedVersions(BiFunction<HttpServletRequest, String, @Nullable String> lookup) {
			this.lookup = lookup;
		}

		/** The link with its version, or the link itself when it is no static file the chain knows. */
		String of(HttpServletRequest request, String url) {
			String context = request.getContextPath();
			if (!url.startsWith(context) || !isStatic(url.substring(context.length()))) {
				return url;
			}
			String versioned = this.versions.get(url);
			if (versioned == null) {
				versioned = this.lookup.apply(request, url);
				if (versioned == null) {
					return url;
				}
				if (this.versions.size() < MAX_REMEMBERED) {
					this.versions.put(url, versioned);
				}
			}
			return versioned;
		}

	}

	private static final class VersioningFilter extends OncePerRequestFilter {

		private final RememberedVersions versions;

		VersioningFilter(ResourceUrlProvider resources) {
			this.versions = new RememberedVersions(resources::getForRequestUrl);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			chain.doFilter(request, new HttpServletResponseWrapper(response) {

				@Override
				public String encodeURL(String url) {
					return super.encodeURL(versions.of(request, url));
				}

			});
		}

	}

}
