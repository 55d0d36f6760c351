/**
 * Dashboards: the patient's home and the clinician's view of their patients. Composes the other
 * modules' facades and owns no tables.
 */
@ApplicationModule(displayName = "Dashboard")
package org.bonetrack.dashboard;

import org.springframework.modulith.ApplicationModule;
