/**
 * Scoring: the rules engine ({@code scoring.rules}, pure Java), weekly score snapshots per patient
 * and ISO week, their recomputation when data or rules change, and the clinical flags.
 */
@ApplicationModule(displayName = "Scoring")
package org.bonetrack.scoring;

import org.springframework.modulith.ApplicationModule;
