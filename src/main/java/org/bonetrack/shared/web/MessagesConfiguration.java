package org.bonetrack.shared.web;

import java.util.Arrays;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The messages of every module ({@code spring.messages.basename}), looked up in one table merged
 * per locale. Spring Boot's default source asks each of the ten bundles in turn for every code, so a
 * message near the end of the list cost ten lookups; the patient home and the care-team list format
 * dozens per page (bench/README.md). Earlier bundles still win where two define the same code.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames,
			@Value("${spring.messages.fallback-to-system-locale:false}") boolean fallbackToSystemLocale) {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(Arrays.stream(basenames).map(name -> "classpath:" + name.trim()).toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(fallbackToSystemLocale);
		// loaded once and never reloaded, which is also what makes lookups use the merged table
		source.setCacheMillis(-1);
		return source;
	}

}
