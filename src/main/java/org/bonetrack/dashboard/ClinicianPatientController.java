package org.bonetrack.dashboard;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.dashboard.internal.CareTeamOverview;
import org.bonetrack.dashboard.internal.DashboardData;
import org.bonetrack.dashboard.internal.PatientOverview;
import org.bonetrack.dexa.DexaResults;
import org.bonetrack.exercise.ExerciseLog;
import org.bonetrack.guidance.Guidance;
import org.bonetrack.nutrition.NutritionLog;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;
import org.bonetrack.scoring.WeeklyScores;
import org.bonetrack.shared.IsoWeek;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One patient as her care team sees her: context (editable, see ClinicalRecordController), flags with
 * their reasons, BMD per site, weekly scores, recent logs (read-only) and notes. Every read is audited.
 */
@Controller
class ClinicianPatientController {

	static final int SCORE_WEEKS = 26;

	static final int LOG_DAYS = 28;

	private final Patients patients;

	private final CareTeamOverview overview;

	private final DashboardData data;

	private final DexaResults dexa;

	private final WeeklyScores scores;

	private final ExerciseLog exercise;

	private final NutritionLog nutrition;

	private final Guidance guidance;

	ClinicianPatientController(Patients patients, CareTeamOverview overview, DashboardData data, DexaResults dexa,
			WeeklyScores scores, ExerciseLog exercise, NutritionLog nutrition, Guidance guidance) {
		this.patients = patients;
		this.overview = overview;
		this.data = data;
		this.dexa = dexa;
		this.scores = scores;
		this.exercise = exercise;
		this.nutrition = nutrition;
		this.guidance = guidance;
	}

	@GetMapping("/clinician/patients/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal AuthenticatedUser clinician, Model model) {
		PatientProfile patient = patients.careTeamPatient(clinician.id(), id);
		patients.recordView(clinician.id(), id, "patient detail");
		LocalDate today = patients.today(id);
		PatientOverview summary = overview.overview(id, guidance.currentRules());
		IsoWeek current = scores.currentWeek(id);
		model.addAttribute("patient", patient);
		model.addAttribute("age", patient.ageOn(today));
		model.addAttribute("monthsOnAnastrozole", patient.anastrozoleStart() == null ? null
				: Period.between(patient.anastrozoleStart(), today).toTotalMonths());
		model.addAttribute("context", patient.clinicalContext());
		model.addAttribute("riskFactors", patient.clinicalContext().riskFactorWords());
		model.addAttribute("summary", summary);
		model.addAttribute("bmdSeries", data.bmdSeries(dexa.scans(id), dexa.lscDefaults()));
		model.addAttribute("weeks", scores.weeks(id, current.minusWeeks(SCORE_WEEKS - 1L), current));
		model.addAttribute("sessions", newestFirst(exercise.sessions(id, today.minusDays(LOG_DAYS - 1L), today)));
		model.addAttribute("days", newestFirst(nutrition.days(id, today.minusDays(LOG_DAYS - 1L), today)));
		model.addAttribute("logDays", LOG_DAYS);
		model.addAttribute("notes", patients.clinicalNotes(id));
		return "dashboard/clinician-patient";
	}

	private static <T> List<T> newestFirst(List<T> oldestFirst) {
		List<T> copy = new java.util.ArrayList<>(oldestFirst);
		java.util.Collections.reverse(copy);
		return copy;
	}

}
