package org.bonetrack.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.dashboard.internal.DashboardData;
import org.bonetrack.dexa.DexaResults;
import org.bonetrack.dexa.DexaSummary;
import org.bonetrack.exercise.ExerciseLog;
import org.bonetrack.guidance.Guidance;
import org.bonetrack.guidance.RuleSet;
import org.bonetrack.nutrition.NutritionLog;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;
import org.bonetrack.scoring.WeekScore;
import org.bonetrack.scoring.WeeklyScores;
import org.bonetrack.scoring.rules.FindingStatus;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The patient's home: this week so far, the most useful next step, the last 12 weeks, the latest
 * DEXA and today's nutrients. A new patient sees what to do first instead of empty figures.
 */
@Controller
class PatientHomeController {

	private final Patients patients;

	private final WeeklyScores scores;

	private final DexaResults dexa;

	private final ExerciseLog exercise;

	private final NutritionLog nutrition;

	private final Guidance guidance;

	private final DashboardData data;

	private final Clock clock;

	PatientHomeController(Patients patients, WeeklyScores scores, DexaResults dexa, ExerciseLog exercise,
			NutritionLog nutrition, Guidance guidance, DashboardData data, Clock clock) {
		this.patients = patients;
		this.scores = scores;
		this.dexa = dexa;
		this.exercise = exercise;
		this.nutrition = nutrition;
		this.guidance = guidance;
		this.data = data;
		this.clock = clock;
	}

	@GetMapping("/me")
	String home(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
		long id = user.id();
		PatientProfile profile = patients.profile(id);
		LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
		RuleSet rules = guidance.currentRules();
		// the week in progress (with its findings) first, then the eleven complete weeks before it
		List<WeekScore> weeks = scores.recentWeeks(id, profile.timeZone(), 12);
		WeekScore thisWeek = weeks.get(0);
		boolean loggedAnything = weeks.stream().anyMatch(week -> week.loading() > 0 || week.nutrition() > 0)
				|| exercise.lastLoggedOn(id).isPresent() || nutrition.lastLoggedOn(List.of(id)).containsKey(id);
		DexaSummary scan = dexa.latest(id).orElse(null);

		model.addAttribute("profile", profile);
		model.addAttribute("today", today);
		model.addAttribute("newPatient", !loggedAnything);
		model.addAttribute("thisWeek", thisWeek);
		model.addAttribute("progress", data.findings(thisWeek.findings()
			.stream()
			.filter(f -> f.status() != FindingStatus.INFO)
			.toList()));
		model.addAttribute("nextStep", data.nextStep(thisWeek.findings()).orElse(null));
		model.addAttribute("weeks", weeks);
		model.addAttribute("scan", scan);
		model.addAttribute("sinceBaseline", scan == null ? List.of() : data.sinceBaseline(scan));
		model.addAttribute("nextScanDue", scan == null ? null : DashboardData.nextScanDue(scan, rules));
		var day = nutrition.day(id, today).orElse(null);
		model.addAttribute("nutrients", data.nutrients(day, rules, profile.latestWeightKg()));
		model.addAttribute("loggedToday", day != null);
		return "dashboard/patient-home";
	}

}
