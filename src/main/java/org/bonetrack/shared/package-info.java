/**
 * Small value types and web plumbing every module may use: ISO weeks, units, "not found" and
 * input problems, and how they are shown to pages and to the JSON API.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.bonetrack.shared;

import org.springframework.modulith.ApplicationModule;
