package org.bonetrack.shared.web;

import io.micrometer.observation.ObservationRegistry;
import org.bonetrack.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing exports metrics or traces, so no request pays for observations (bench/README.md): without
 * an ObservationRegistry there is no server observation filter, and Spring Security runs its
 * filters undecorated.
 */
@IntegrationTest
class RequestOverheadTests {

	@Autowired
	ApplicationContext context;

	@Test
	void noObservationRegistryAndNoObservationWrappedSecurityFilters() {
		assertThat(context.getBeanNamesForType(ObservationRegistry.class)).isEmpty();
		context.getBeansOfType(FilterChainProxy.class)
			.values()
			.forEach(proxy -> assertThat(ReflectionTestUtils.getField(proxy, "filterChainDecorator").getClass().getName())
				.doesNotContain("Observation"));
	}

}
