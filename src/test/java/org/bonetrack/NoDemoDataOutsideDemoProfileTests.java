package org.bonetrack;

import java.util.Arrays;

import org.bonetrack.patients.DemoCohort;
import org.bonetrack.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo accounts must never exist outside the demo profile: nothing that makes them is loaded. */
@IntegrationTest
class NoDemoDataOutsideDemoProfileTests {

	@Autowired
	ApplicationContext context;

	@Test
	void noDemoBeanIsLoadedWithoutTheDemoProfile() {
		assertThat(context.getBeanNamesForType(DemoCohort.class)).isEmpty();
		assertThat(Arrays.stream(context.getBeanDefinitionNames())
			.map(context::getType)
			.filter(type -> type != null && type.getName().startsWith("org.bonetrack"))
			.filter(type -> type.getSimpleName().startsWith("Demo")))
			.isEmpty();
	}

}
