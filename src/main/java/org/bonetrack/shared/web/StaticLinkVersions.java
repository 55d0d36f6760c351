package org.bonetrack.shared.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

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

	private static final class VersioningFilter extends OncePerRequestFilter {

		private final ResourceUrlProvider resources;

		VersioningFilter(ResourceUrlProvider resources) {
			this.resources = resources;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			chain.doFilter(request, new HttpServletResponseWrapper(response) {

				@Override
				public String encodeURL(String url) {
					String context = request.getContextPath();
					if (url.startsWith(context) && isStatic(url.substring(context.length()))) {
						String versioned = resources.getForRequestUrl(request, url);
						if (versioned != null) {
							return super.encodeURL(versioned);
						}
					}
					return super.encodeURL(url);
				}

			});
		}

	}

}
