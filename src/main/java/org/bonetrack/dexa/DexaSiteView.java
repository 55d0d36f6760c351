package org.bonetrack.dexa;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One site of a scan with what BoneTrack derives from it. {@code tScoreComputed} marks a T-score
 * that the report did not print and BoneTrack computed from the BMD (Hologic hip sites only,
 * NHANES III reference).
 */
public record DexaSiteView(DexaSite site, @Nullable Side side, @Nullable Vertebrae vertebrae, BigDecimal bmd,
		@Nullable BigDecimal tScore, boolean tScoreComputed, @Nullable BigDecimal zScore,
		@Nullable BigDecimal lscGcm2, SiteAnalysis analysis) {

	public SiteKey key() {
		return new SiteKey(site, side);
	}

	/** "Lumbar spine (L1-L4)", "Femoral neck, left". */
	public String label() {
		return vertebrae == null ? key().label() : key().label() + " (" + vertebrae + ")";
	}

}
