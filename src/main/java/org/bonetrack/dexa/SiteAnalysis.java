package org.bonetrack.dexa;

import org.jspecify.annotations.Nullable;

/**
 * A site result's change since the previous scan that measured the site and since the baseline;
 * either is null when there is nothing to compare with (the first result, or a scan before the
 * baseline).
 */
public record SiteAnalysis(@Nullable BmdChange sincePrevious, @Nullable BmdChange sinceBaseline) {

	public static final SiteAnalysis NONE = new SiteAnalysis(null, null);

}
