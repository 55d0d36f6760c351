package org.bonetrack.scoring.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bonetrack.scoring.WeekScore;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the weekly-score API. */
final class ScoreJson {

	private ScoreJson() {
	}

	/** A week in a list: its scores without findings. */
	record WeekSummary(String week, LocalDate monday, int total, int loading, int nutrition, int ruleSetVersion,
			boolean inProgress, @Nullable Instant computedAt) {

		static WeekSummary of(WeekScore score) {
			return new WeekSummary(score.week().toString(), score.week().monday(), score.total(), score.loading(),
					score.nutrition(), score.ruleSetVersion(), score.inProgress(), score.computedAt());
		}

	}

	record WeekList(String from, String to, List<WeekSummary> weeks) {
	}

	/** One week with its findings explained. */
	record WeekDetail(String week, LocalDate monday, int total, int loading, int nutrition, int ruleSetVersion,
			boolean inProgress, @Nullable Instant computedAt, List<FindingJson> findings, String disclaimer) {

		static WeekDetail of(WeekScore score, List<FindingView> findings) {
			return new WeekDetail(score.week().toString(), score.week().monday(), score.total(), score.loading(),
					score.nutrition(), score.ruleSetVersion(), score.inProgress(), score.computedAt(),
					findings.stream().map(FindingJson::of).toList(), DISCLAIMER);
		}

	}

	record FindingJson(String criterion, String status, @Nullable Double value, @Nullable Double target, String unit,
			String message, String guidance) {

		static FindingJson of(FindingView view) {
			return new FindingJson(view.criterion().name(), view.status().name(), view.value(), view.target(),
					view.unit(), view.message(), view.guidance());
		}

	}

	static final String DISCLAIMER = "BoneTrack supports the care you receive; it does not prescribe.";

}
