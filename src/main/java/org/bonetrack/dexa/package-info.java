/**
 * DEXA: bone-density scans with their per-site results, the change analysis against the least
 * significant change, the WHO category, and FHIR R4 export and import. Other modules read it
 * through {@link org.bonetrack.dexa.DexaResults} and hear about changes through the
 * {@code DexaScan*} events.
 */
@ApplicationModule(displayName = "DEXA")
package org.bonetrack.dexa;

import org.springframework.modulith.ApplicationModule;
