package org.bonetrack.dashboard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bonetrack.dashboard.internal.DashboardData.BaselineChange;
import org.bonetrack.dashboard.internal.DashboardData.FindingLine;
import org.bonetrack.dashboard.internal.DashboardData.NutrientLine;
import org.bonetrack.dexa.DexaResults;
import org.bonetrack.dexa.DexaSummary;
import org.bonetrack.exercise.ExerciseLog;
import org.bonetrack.guidance.Guidance;
import org.bonetrack.guidance.RuleSet;
import org.bonetrack.nutrition.DailyNutrition;
import org.bonetrack.nutrition.NutritionLog;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;
import org.bonetrack.scoring.WeekScore;
import org.bonetrack.scoring.WeeklyScores;
import org.bonetrack.scoring.rules.FindingStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the patient's home shows, gathered in one transaction: the page is the most visited one,
 * and a transaction per facade call (six of them) cost more than most of its queries.
 */
@Service
public class PatientHome {

	private final Patients patients;

	private final WeeklyScores scores;

	private final DexaResults dexa;

	private final ExerciseLog exercise;

	private final NutritionLog nutrition;

	private final Guidance guidance;

	private final DashboardData data;

	private final Clock clock;

	PatientHome(Patients patients, WeeklyScores scores, DexaResults dexa, ExerciseLog exercise, NutritionLog nutrition,
			Guidance guidance, DashboardData data, Clock clock) {
		this.patients = patients;
		this.scores = scores;
		this.dexa = dexa;
		this.exercise = exercise;
		this.nutrition = nutrition;
		this.guidance = guidance;
		this.data = data;
		this.clock = clock;
	}

	/** The home page's figures; {@code weeks} holds the week in progress first, then the eleven before it. */
	public record View(PatientProfile profile, LocalDate today, boolean newPatient, WeekScore thisWeek,
			List<FindingLine> progress, @Nullable FindingLine nextStep, List<WeekScore> weeks, @Nullable DexaSummary scan,
			List<BaselineChange> sinceBaseline, @Nullable LocalDate nextScanDue, List<NutrientLine> nutrients,
			boolean loggedToday) {
	}

	@Transactional
	public View of(long patientId) {
		PatientProfile profile = patients.profile(patientId);
		LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
		RuleSet rules = guidance.currentRules();
		List<WeekScore> weeks = scores.recentWeeks(patientId, profile.timeZone(), 12);
		WeekScore thisWeek = weeks.get(0);
		// a week with any loading or nutrition score means something was logged: no need to look
		boolean loggedAnything = weeks.stream().anyMatch(week -> week.loading() > 0 || week.nutrition() > 0)
				|| exercise.lastLoggedOn(patientId).isPresent()
				|| nutrition.lastLoggedOn(List.of(patientId)).containsKey(patientId);
		// the anastrozole start is in the profile already: DEXA needs no query of its own for it
		DexaSummary scan = dexa.latest(List.of(patientId), profile.anastrozoleStart() == null ? Map.of()
				: Map.of(patientId, profile.anastrozoleStart())).get(patientId);
		DailyNutrition day = nutrition.day(patientId, today).orElse(null);
		return new View(profile, today, !loggedAnything, thisWeek,
				data.findings(thisWeek.findings().stream().filter(f -> f.status() != FindingStatus.INFO).toList()),
				data.nextStep(thisWeek.findings()).orElse(null), weeks, scan,
				scan == null ? List.of() : data.sinceBaseline(scan),
				scan == null ? null : DashboardData.nextScanDue(scan, rules),
				data.nutrients(day, rules, profile.latestWeightKg()), day != null);
	}

}
