package org.bonetrack.scoring.rules;

/** WHO category of a scan, from its lowest T-score (normal ≥ −1.0, osteoporosis ≤ −2.5). */
public enum BoneCategory {

	NORMAL, OSTEOPENIA, OSTEOPOROSIS

}
