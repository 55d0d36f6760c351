package org.bonetrack.scoring.web;

import java.util.Locale;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.guidance.Audience;
import org.bonetrack.guidance.Guidance;
import org.bonetrack.patients.Patients;
import org.bonetrack.scoring.WeeklyScores;
import org.bonetrack.shared.IsoWeek;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A patient's weekly scores for her care team; another clinician's patient is "not found". Audited. */
@RestController
@RequestMapping("/api/v1/patients/{patientId}/weekly-scores")
class PatientWeeklyScoresApiController {

	private final Patients patients;

	private final WeeklyScores scores;

	private final Guidance guidance;

	private final FindingMessages messages;

	PatientWeeklyScoresApiController(Patients patients, WeeklyScores scores, Guidance guidance,
			FindingMessages messages) {
		this.patients = patients;
		this.scores = scores;
		this.guidance = guidance;
		this.messages = messages;
	}

	@GetMapping
	ScoreJson.WeekList weeks(@AuthenticationPrincipal AuthenticatedUser clinician, @PathVariable long patientId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
		patients.careTeamPatient(clinician.id(), patientId);
		WeekRange range = WeekRange.of(from, to, scores.currentWeek(patientId));
		patients.recordView(clinician.id(), patientId, "weekly scores " + range.from() + " to " + range.to() + " (API)");
		return new ScoreJson.WeekList(range.from().toString(), range.to().toString(),
				scores.weeks(patientId, range.from(), range.to()).stream().map(ScoreJson.WeekSummary::of).toList());
	}

	@GetMapping("/{isoWeek}")
	ScoreJson.WeekDetail week(@AuthenticationPrincipal AuthenticatedUser clinician, @PathVariable long patientId,
			@PathVariable String isoWeek, Locale locale) {
		patients.careTeamPatient(clinician.id(), patientId);
		IsoWeek week = WeekRange.parse("isoWeek", isoWeek);
		patients.recordView(clinician.id(), patientId, "weekly score " + week + " (API)");
		var score = scores.week(patientId, week);
		return ScoreJson.WeekDetail.of(score,
				messages.views(score.findings(), locale, guidance.titles(Audience.CLINICIAN)));
	}

}
