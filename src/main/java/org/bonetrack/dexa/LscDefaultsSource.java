package org.bonetrack.dexa;

/**
 * Supplies the LSC defaults in force, e.g. from the published rule set. Optional: without a bean
 * of this type, {@link DexaResults} uses {@link LscDefaults#ISCD_MINIMUM}.
 */
@FunctionalInterface
public interface LscDefaultsSource {

	LscDefaults current();

}
