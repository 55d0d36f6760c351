/**
 * The rules engine: pure functions from a week's data, the patient's context and a rule set to a
 * weekly score with explained findings, and the clinical flags. No Spring, no JPA (an ArchUnit
 * test keeps it so; this annotation is the one exception). Exposed to other modules (the
 * dashboard shows flags) as the "rules" named interface.
 */
@NamedInterface("rules")
package org.bonetrack.scoring.rules;

import org.springframework.modulith.NamedInterface;
