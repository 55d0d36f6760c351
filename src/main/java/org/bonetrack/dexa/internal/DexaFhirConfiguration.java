package org.bonetrack.dexa.internal;

import ca.uhn.fhir.context.FhirContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One FHIR R4 context for the application: building it scans every resource model, so it is made once. */
@Configuration(proxyBeanMethods = false)
class DexaFhirConfiguration {

	@Bean
	FhirContext fhirContext() {
		return FhirContext.forR4();
	}

}
