package org.bonetrack.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Browsers still ask for /favicon.ico now and then, whatever the page links: send them the icon. */
@Configuration(proxyBeanMethods = false)
class FaviconRedirect implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/favicon.ico", "/images/favicon.svg");
	}

}
