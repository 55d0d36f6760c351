package org.bonetrack.guidance;

import java.util.List;

/**
 * The slugs of the articles BoneTrack itself links to (from score findings and pages), in one
 * place. Every one of them is seeded and published by migration; a test checks that each
 * exists, so a finding never links to a missing page. Pure Java, used by the rules engine.
 */
public final class ArticleSlugs {

	public static final String WHY_ANASTROZOLE_THINS_BONE = "why-anastrozole-thins-bone";

	public static final String HOW_THE_WEEKLY_SCORE_WORKS = "how-the-weekly-score-works";

	public static final String OSTEOGENIC_LOADING = "osteogenic-loading";

	public static final String RESISTANCE_TRAINING = "resistance-training";

	public static final String IMPACT_TRAINING = "impact-training";

	public static final String WEIGHTED_VEST_WALKING = "weighted-vest-walking";

	public static final String WALKING_SWIMMING_CYCLING = "walking-swimming-and-cycling";

	public static final String CALCIUM = "calcium";

	public static final String VITAMIN_D = "vitamin-d";

	public static final String VITAMIN_K = "vitamin-k";

	public static final String MAGNESIUM = "magnesium";

	public static final String OMEGA_3 = "omega-3-epa-dha";

	public static final String PROTEIN = "protein";

	public static final String UPPER_LIMITS_AND_SAFETY = "upper-limits-and-safety";

	public static final String READING_A_DEXA_REPORT = "reading-a-dexa-report";

	public static final String CLINICAL_FLAGS = "clinical-flags-explained";

	public static final List<String> ALL = List.of(WHY_ANASTROZOLE_THINS_BONE, HOW_THE_WEEKLY_SCORE_WORKS,
			OSTEOGENIC_LOADING, RESISTANCE_TRAINING, IMPACT_TRAINING, WEIGHTED_VEST_WALKING, WALKING_SWIMMING_CYCLING,
			CALCIUM, VITAMIN_D, VITAMIN_K, MAGNESIUM, OMEGA_3, PROTEIN, UPPER_LIMITS_AND_SAFETY, READING_A_DEXA_REPORT,
			CLINICAL_FLAGS);

	private ArticleSlugs() {
	}

	/** The page of an article, as the app links to it. */
	public static String path(String slug) {
		return "/guidance/" + slug;
	}

}
