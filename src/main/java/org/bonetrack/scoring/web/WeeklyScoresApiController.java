package org.bonetrack.scoring.web;

import java.util.Locale;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.guidance.Audience;
import org.bonetrack.guidance.Guidance;
import org.bonetrack.scoring.WeeklyScores;
import org.bonetrack.shared.IsoWeek;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The patient's own weekly scores as JSON. */
@RestController
@RequestMapping("/api/v1/me/weekly-scores")
class WeeklyScoresApiController {

	private final WeeklyScores scores;

	private final Guidance guidance;

	private final FindingMessages messages;

	WeeklyScoresApiController(WeeklyScores scores, Guidance guidance, FindingMessages messages) {
		this.scores = scores;
		this.guidance = guidance;
		this.messages = messages;
	}

	/** Weeks from {@code from} to {@code to} (ISO weeks such as 2026-W01), newest first. */
	@GetMapping
	ScoreJson.WeekList weeks(@AuthenticationPrincipal AuthenticatedUser patient, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		WeekRange range = WeekRange.of(from, to, scores.currentWeek(patient.id()));
		return new ScoreJson.WeekList(range.from().toString(), range.to().toString(),
				scores.weeks(patient.id(), range.from(), range.to()).stream().map(ScoreJson.WeekSummary::of).toList());
	}

	/** One week with its findings, e.g. {@code 2026-W48}. */
	@GetMapping("/{isoWeek}")
	ScoreJson.WeekDetail week(@AuthenticationPrincipal AuthenticatedUser patient, @PathVariable String isoWeek,
			Locale locale) {
		IsoWeek week = WeekRange.parse("isoWeek", isoWeek);
		var score = scores.week(patient.id(), week);
		return ScoreJson.WeekDetail.of(score,
				messages.views(score.findings(), locale, guidance.titles(Audience.PATIENT)));
	}

}
