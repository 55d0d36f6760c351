/**
 * Nutrition: what patients eat and take for their bones (foods from the USDA SR28 catalogue,
 * supplement presets, amounts entered by hand, Cronometer imports), with each day's totals of
 * calcium, vitamin D, vitamin K, magnesium, omega-3 EPA+DHA and protein. {@link NutritionLog} is
 * the facade other modules read; {@link NutritionDayChanged} tells them a day changed.
 */
@ApplicationModule(displayName = "Nutrition")
package org.bonetrack.nutrition;

import org.springframework.modulith.ApplicationModule;
