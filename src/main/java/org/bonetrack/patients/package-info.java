/**
 * Patients: the profile (birth date, sex, height, weights, anastrozole start, time zone, units),
 * the clinical context a care team keeps, and which clinicians care for which patients.
 */
@ApplicationModule(displayName = "Patients")
package org.bonetrack.patients;

import org.springframework.modulith.ApplicationModule;
