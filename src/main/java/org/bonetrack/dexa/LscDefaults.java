package org.bonetrack.dexa;

import java.math.BigDecimal;

/**
 * The least significant change per site, in percent of the earlier BMD, used when the facility's
 * own LSC is not known. A rule set may supply its own values; {@link #ISCD_MINIMUM} is the
 * default.
 *
 * @param lumbarSpinePercent LSC for the lumbar spine
 * @param totalHipPercent LSC for the total hip
 * @param femoralNeckPercent LSC for the femoral neck
 * @param radiusPercent LSC for the 1/3 radius
 */
public record LscDefaults(BigDecimal lumbarSpinePercent, BigDecimal totalHipPercent, BigDecimal femoralNeckPercent,
		BigDecimal radiusPercent) {

	/**
	 * ISCD minimum acceptable precision × 2.77 (clinical-reference.md §5.3): spine 5.3 %, total
	 * hip 5.0 %, femoral neck 6.9 %. ISCD gives no minimum for the 1/3 radius and our reference
	 * has no radius figure, so BoneTrack uses the largest of the three, 6.9 %: with an unknown
	 * precision it would rather miss a borderline change than call noise a loss.
	 */
	public static final LscDefaults ISCD_MINIMUM = new LscDefaults(new BigDecimal("5.3"), new BigDecimal("5.0"),
			new BigDecimal("6.9"), new BigDecimal("6.9"));

	public LscDefaults {
		for (BigDecimal percent : new BigDecimal[] { lumbarSpinePercent, totalHipPercent, femoralNeckPercent,
				radiusPercent }) {
			if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(50)) > 0) {
				throw new IllegalArgumentException("An LSC default must be above 0 and at most 50 %: " + percent);
			}
		}
	}

	public BigDecimal percentFor(DexaSite site) {
		return switch (site) {
			case LUMBAR_SPINE -> lumbarSpinePercent;
			case TOTAL_HIP -> totalHipPercent;
			case FEMORAL_NECK -> femoralNeckPercent;
			case RADIUS_33 -> radiusPercent;
		};
	}

}
