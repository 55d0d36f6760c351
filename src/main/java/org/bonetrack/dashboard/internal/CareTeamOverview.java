package org.bonetrack.dashboard.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.bonetrack.dexa.DexaResults;
import org.bonetrack.dexa.DexaBrief;
import org.bonetrack.dexa.WhoCategory;
import org.bonetrack.exercise.ExerciseLog;
import org.bonetrack.guidance.Guidance;
import org.bonetrack.guidance.RuleParameter;
import org.bonetrack.guidance.RuleSet;
import org.bonetrack.nutrition.NutritionLog;
import org.bonetrack.patients.ClinicalContext;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;
import org.bonetrack.scoring.RecentScores;
import org.bonetrack.scoring.WeeklyScores;
import org.bonetrack.scoring.rules.BoneCategory;
import org.bonetrack.scoring.rules.ClinicalFlag;
import org.bonetrack.scoring.rules.ClinicalFlags;
import org.bonetrack.scoring.rules.FlagInputs;
import org.bonetrack.scoring.rules.RiskFactors;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers what the care team sees of many patients at once, from the facades' batch reads: the
 * same number of SQL statements for 5 patients as for 500 (profiles, DEXA, last activity, stored
 * weekly scores, vitamin K supplements, rule set), then the clinical flags, evaluated in memory.
 */
@Service
public class CareTeamOverview {

	private final Patients patients;

	private final DexaResults dexa;

	private final ExerciseLog exercise;

	private final NutritionLog nutrition;

	private final WeeklyScores scores;

	private final Guidance guidance;

	private final MessageSource messages;

	private final Clock clock;

	CareTeamOverview(Patients patients, DexaResults dexa, ExerciseLog exercise, NutritionLog nutrition,
			WeeklyScores scores, Guidance guidance, MessageSource messages, Clock clock) {
		this.patients = patients;
		this.dexa = dexa;
		this.exercise = exercise;
		this.nutrition = nutrition;
		this.scores = scores;
		this.guidance = guidance;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Every patient on the clinician's care team, in no particular order; their flags are not yet in
	 * words (see {@link #withFlagWords}).
	 */
	@Transactional(readOnly = true)
	public List<PatientOverview> careTeam(long clinicianId) {
		return overviews(patients.careTeamPatientIds(clinicianId), guidance.currentRules());
	}

	/**
	 * The overviews of these patients (callers check access first), in no particular order; their
	 * flags are not yet in words (see {@link #withFlagWords}).
	 */
	@Transactional(readOnly = true)
	public List<PatientOverview> overviews(Collection<Long> patientIds, RuleSet rules) {
		if (patientIds.isEmpty()) {
			return List.of();
		}
		Map<Long, PatientProfile> profiles = patients.profiles(patientIds);
		Map<Long, ZoneId> zones = new LinkedHashMap<>();
		Map<Long, LocalDate> starts = new HashMap<>();
		profiles.forEach((id, profile) -> {
			zones.put(id, profile.timeZone());
			if (profile.anastrozoleStart() != null) {
				starts.put(id, profile.anastrozoleStart());
			}
		});
		// the profiles have the anastrozole starts: DEXA need not read them again
		Map<Long, DexaBrief> scans = dexa.latestBriefs(profiles.keySet(), starts);
		Map<Long, LocalDate> lastSession = exercise.lastLoggedOn(profiles.keySet());
		Map<Long, LocalDate> lastEaten = nutrition.lastLoggedOn(profiles.keySet());
		Map<Long, RecentScores> recent = scores.recentStored(zones, rules);
		LocalDate earliestToday = LocalDate.now(clock.withZone(ZoneId.of("Etc/GMT-14")));
		Set<Long> vitaminK = nutrition.vitaminKSupplementSince(profiles.keySet(),
				earliestToday.minusWeeks(rules.getInt(RuleParameter.SAFETY_WARNING_WEEKS)));
		List<PatientOverview> result = new ArrayList<>(profiles.size());
		// today where each patient lives: one reading of the clock per time zone, not per patient
		Map<ZoneId, LocalDate> todayIn = new HashMap<>();
		for (PatientProfile profile : profiles.values()) {
			long id = profile.patientId();
			LocalDate today = todayIn.computeIfAbsent(profile.timeZone(), zone -> LocalDate.now(clock.withZone(zone)));
			result.add(overview(profile, today, scans.get(id),
					later(lastSession.get(id), lastEaten.get(id)),
					recent.getOrDefault(id, RecentScores.none(id)), vitaminK.contains(id), rules));
		}
		return result;
	}

	PatientOverview overview(PatientProfile profile, LocalDate today, @Nullable DexaBrief scan,
			@Nullable LocalDate lastActivity, RecentScores recent, boolean vitaminKSupplement, RuleSet rules) {
		ClinicalContext context = profile.clinicalContext();
		Integer age = profile.ageOn(today);
		BigDecimal bmi = profile.bmi();
		BigDecimal lowest = scan == null ? null : scan.lowestTScore();
		WhoCategory who = scan == null ? null : scan.whoCategory();
		boolean loss = scan != null && scan.significantLossSincePrevious();
		FlagInputs inputs = new FlagInputs(today, lowest == null ? null : lowest.doubleValue(),
				new RiskFactors(context.fragilityFracture(), context.parentalHipFracture(), context.oralCorticosteroids(),
						context.smoker()),
				age, bmi == null ? null : bmi.doubleValue(), scan == null ? null : scan.date(),
				who == null ? null : BoneCategory.valueOf(who.name()), loss, recent.totals(), lastActivity,
				recent.upperLimitWarningWeeks(), context.takesWarfarin(), vitaminKSupplement);
		List<ClinicalFlag> flags = ClinicalFlags.evaluate(inputs, rules);
		LocalDate dueOn = scan == null ? null : DashboardData.nextScanDue(scan, rules);
		Long months = profile.anastrozoleStart() == null || profile.anastrozoleStart().isAfter(today) ? null
				: Period.between(profile.anastrozoleStart(), today).toTotalMonths();
		Double mean = recent.meanTotal() == null ? null
				: BigDecimal.valueOf(recent.meanTotal()).setScale(1, RoundingMode.HALF_UP).doubleValue();
		return new PatientOverview(profile.patientId(), profile.displayName(), profile.email(), profile.birthDate(),
				profile.anastrozoleStart(), age, months, lowest, who,
				scan == null ? null : scan.date(), loss, dueOn,
				flags.stream().anyMatch(flag -> flag.kind() == ClinicalFlag.Kind.DEXA_DUE), mean, recent.totals().size(),
				lastActivity, flags, null);
	}

	/** One patient's overview with her flags in words (her page and her visit report; callers check access first). */
	@Transactional(readOnly = true)
	public PatientOverview overview(long patientId, RuleSet rules) {
		return withFlagWords(overviews(List.of(patientId), rules)).get(0);
	}

	/**
	 * These overviews with their flags' titles and reasons in words, for the patients a page shows:
	 * formatting the messages of a whole care team would cost more than the rest of the list.
	 */
	public List<PatientOverview> withFlagWords(List<PatientOverview> overviews) {
		List<PatientOverview> worded = new ArrayList<>(overviews.size());
		for (PatientOverview overview : overviews) {
			worded.add(overview.withFlagWords(overview.clinicalFlags().stream().map(this::view).toList()));
		}
		return worded;
	}

	/** A flag with its title and reasons in words (messages of i18n/scoring.properties). */
	public PatientOverview.FlagView view(ClinicalFlag flag) {
		Object[] args = flag.args().toArray();
		String title = messages.getMessage(flag.messageKey(), args, flag.kind().name(), Locale.ENGLISH);
		List<String> reasons = flag.reasons()
			.stream()
			.map(reason -> messages.getMessage(flag.messageKey() + "." + reason.name(), args, reason.name(),
					Locale.ENGLISH))
			.toList();
		return new PatientOverview.FlagView(flag.kind(), title, reasons);
	}

	private static @Nullable LocalDate later(@Nullable LocalDate a, @Nullable LocalDate b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}

}
