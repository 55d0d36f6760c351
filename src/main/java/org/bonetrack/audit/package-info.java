/**
 * Audit: an append-only trail of sign-ins, account changes, and every read or change of a
 * patient's data by someone other than the patient. It listens to the other modules' events
 * and is read only by admins.
 */
@ApplicationModule(displayName = "Audit")
package org.bonetrack.audit;

import org.springframework.modulith.ApplicationModule;
