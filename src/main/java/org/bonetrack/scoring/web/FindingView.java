package org.bonetrack.scoring.web;

import org.bonetrack.scoring.rules.Criterion;
import org.bonetrack.scoring.rules.FindingStatus;
import org.jspecify.annotations.Nullable;

/** A finding as pages and the API show it: its message resolved in the reader's language. */
record FindingView(Criterion criterion, String criterionLabel, FindingStatus status, String statusLabel,
		@Nullable Double value, @Nullable Double target, String unit, String message, String guidance,
		@Nullable String guidanceTitle) {

	/** Bootstrap badge colours; the status is always written out too, never shown by colour alone. */
	public String badgeClass() {
		return switch (status) {
			case MET -> "text-bg-success";
			case PARTIAL -> "text-bg-info";
			case MISSED -> "text-bg-secondary";
			case PENDING -> "text-bg-light border";
			case WARNING -> "text-bg-warning";
			case INFO -> "text-bg-light border";
		};
	}

}
