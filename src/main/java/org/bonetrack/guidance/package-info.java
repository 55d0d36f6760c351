/**
 * Guidance: the articles patients and clinicians read (versioned Markdown, published by admins)
 * and the rule sets, the versioned parameters of the weekly score and the clinical flags.
 */
@ApplicationModule(displayName = "Guidance")
package org.bonetrack.guidance;

import org.springframework.modulith.ApplicationModule;
