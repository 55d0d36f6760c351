package org.bonetrack.dexa.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.bonetrack.dexa.DexaSite;
import org.bonetrack.dexa.Side;
import org.bonetrack.dexa.SiteKey;
import org.jspecify.annotations.Nullable;

/**
 * The LOINC codes of DXA results by site, side and measure (clinical-reference.md §6.1): lumbar
 * spine codes for the spine, "Hip" codes for the total hip, "Femur" codes for the femoral neck
 * (no neck-specific term exists; the bodySite says "neck of femur"), "Radius and ulna" codes for
 * the 1/3 radius. Sided variants when the side is known.
 */
public final class LoincCodes {

	public static final String SYSTEM = "http://loinc.org";

	/** Study report, Skeletal system, DXA: the DiagnosticReport's code. */
	public static final String DXA_REPORT = "38269-7";

	private static final Map<Key, Code> BY_KEY = new HashMap<>();

	private static final Map<String, Key> BY_CODE = new HashMap<>();

	static {
		site(DexaSite.LUMBAR_SPINE, null, "DXA Lumbar spine", "24966-4", "38267-1", "85394-5");
		site(DexaSite.TOTAL_HIP, null, "DXA Hip", "38261-4", "38264-8", "80933-5");
		site(DexaSite.TOTAL_HIP, Side.LEFT, "DXA Hip - left", "46278-8", "80946-7", "80938-4");
		site(DexaSite.TOTAL_HIP, Side.RIGHT, "DXA Hip - right", "46279-6", "80945-9", "80937-6");
		site(DexaSite.FEMORAL_NECK, null, "DXA Femur", "24701-5", "38263-0", "80934-3");
		site(DexaSite.FEMORAL_NECK, Side.LEFT, "DXA Femur - left", "80954-1", "80948-3", "80940-0");
		site(DexaSite.FEMORAL_NECK, Side.RIGHT, "DXA Femur - right", "80953-3", "80947-5", "80939-2");
		site(DexaSite.RADIUS_33, null, "DXA Radius and Ulna", "24890-6", "38265-5", "80932-7");
		site(DexaSite.RADIUS_33, Side.LEFT, "DXA Radius and Ulna - left", "80952-5", "80944-2", "80936-8");
		site(DexaSite.RADIUS_33, Side.RIGHT, "DXA Radius and Ulna - right", "80951-7", "80943-4", "80935-0");
	}

	private LoincCodes() {
	}

	/** The code of a measure of a site and side; the spine has none with a side. */
	public static Code of(SiteKey site, DexaMeasure measure) {
		Code code = BY_KEY.get(new Key(site, measure));
		if (code == null) {
			throw new IllegalArgumentException("No LOINC code for " + measure + " of " + site);
		}
		return code;
	}

	/** What a LOINC code measures, if it is one of BoneTrack's DXA codes. */
	public static Optional<Key> lookup(String code) {
		return Optional.ofNullable(BY_CODE.get(code));
	}

	private static void site(DexaSite site, @Nullable Side side, String display, String bmd, String tScore,
			String zScore) {
		SiteKey key = new SiteKey(site, side);
		add(new Key(key, DexaMeasure.BMD), new Code(bmd, display + " BMD [Mass/Area]"));
		add(new Key(key, DexaMeasure.T_SCORE), new Code(tScore, display + " T-score"));
		add(new Key(key, DexaMeasure.Z_SCORE), new Code(zScore, display + " Z-score"));
	}

	private static void add(Key key, Code code) {
		BY_KEY.put(key, code);
		BY_CODE.put(code.code(), key);
	}

	/** A measure of a site and side. */
	public record Key(SiteKey site, DexaMeasure measure) {
	}

	/** A LOINC code with a display text. */
	public record Code(String code, String display) {
	}

}
