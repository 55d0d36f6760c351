package org.bonetrack.exercise.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bonetrack.exercise.ExerciseType;
import org.bonetrack.exercise.internal.SessionInput.ImpactInput;
import org.bonetrack.exercise.internal.SessionInput.SetInput;
import org.bonetrack.patients.DemoCohort;
import org.bonetrack.patients.DemoPatient;
import org.bonetrack.patients.DemoTrait;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.MassUnit;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year of sessions for each demo patient, true to her habits: the adherent lift twice a week
 * with loads that rise and jump on most days; a patient on a low-impact plan walks, some of it
 * in a weighted vest, and does light strength work; a lapsed patient stopped a few weeks ago; a
 * new patient has nothing yet. Deterministic (one seeded random per patient), saved in JDBC
 * batches, and skipped for a patient who already has sessions. Publishes no events.
 */
@Component
@Profile("demo")
@Order(200)
class DemoExerciseSessions implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(DemoExerciseSessions.class);

	private static final int DAYS = 364;

	private final DemoCohort cohort;

	private final Patients patients;

	private final Catalogue catalogue;

	private final SessionBatchWriter writer;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	DemoExerciseSessions(DemoCohort cohort, Patients patients, Catalogue catalogue, SessionBatchWriter writer,
			JdbcClient jdbc, TransactionTemplate transactions) {
		this.cohort = cohort;
		this.patients = patients;
		this.catalogue = catalogue;
		this.writer = writer;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		Catalogue.Entries entries = catalogue.entries();
		int total = 0;
		for (DemoPatient patient : cohort.patients()) {
			if (patient.has(DemoTrait.NEW_NO_DATA) || hasSessions(patient.id())) {
				continue;
			}
			PatientProfile profile = patients.profile(patient.id());
			LocalDate today = patients.today(patient.id());
			List<ValidSession> year = new Year(patient, profile, today, entries).sessions();
			transactions.executeWithoutResult(status -> writer.insert(patient.id(), SessionSource.MANUAL, null,
					year.stream().map(session -> new SessionBatchWriter.NewSession(session, null)).toList()));
			total += year.size();
		}
		if (total > 0) {
			log.info("Demo exercise sessions created: " + total);
		}
	}

	private boolean hasSessions(long patientId) {
		return jdbc.sql("select exists (select 1 from exercise_sessions where patient_id = ?)")
			.param(patientId)
			.query(Boolean.class)
			.single();
	}

	/** One patient's year, day by day. */
	static final class Year {

		private final DemoPatient patient;

		private final LocalDate today;

		private final Catalogue.Entries catalogue;

		private final Random random;

		private final double bodyWeightKg;

		private final LocalDate stop;

		private final LocalTime usualTime;

		private final boolean runner;

		private final boolean swimmer;

		private final List<ValidSession> sessions = new ArrayList<>();

		/** Working loads per exercise, rising as the weeks go by. */
		private final java.util.Map<String, Double> loads = new java.util.HashMap<>();

		Year(DemoPatient patient, PatientProfile profile, LocalDate today, Catalogue.Entries catalogue) {
			this.patient = patient;
			this.today = today;
			this.catalogue = catalogue;
			this.random = new Random(patient.email().hashCode() * 31L + 17);
			this.bodyWeightKg = profile.latestWeightKg() == null ? 65 : profile.latestWeightKg().doubleValue();
			// Logged up to yesterday; a lapsed patient stopped three to four weeks ago.
			this.stop = patient.has(DemoTrait.LAPSED) ? today.minusDays(21 + random.nextInt(8)) : today.minusDays(1);
			this.usualTime = LocalTime.of(random.nextBoolean() ? 7 : 17, random.nextInt(4) * 15);
			this.runner = Math.floorMod(patient.email().hashCode(), 4) == 0 && !patient.has(DemoTrait.LOW_IMPACT_PLAN);
			this.swimmer = Math.floorMod(patient.email().hashCode(), 3) == 0;
			double strength = 0.8 + random.nextDouble() * 0.5;
			loads.put("squat", 20 * strength);
			loads.put("deadlift", 30 * strength);
			loads.put("overhead-press", 10 * strength);
			loads.put("row", 15 * strength);
			loads.put("bench-press", 15 * strength);
			loads.put("lunge", 6 * strength);
			loads.put("step-up", 5 * strength);
			loads.put("hip-thrust", 30 * strength);
			loads.put("calf-raise", 20 * strength);
			loads.put("leg-press", 40 * strength);
			loads.put("back-extension", 0.0);
		}

		List<ValidSession> sessions() {
			LocalDate start = today.minusDays(DAYS);
			// Two weeks off at some point of the year (holidays, illness).
			LocalDate breakStart = start.plusDays(60 + random.nextInt(200));
			for (LocalDate day = start; !day.isAfter(stop); day = day.plusDays(1)) {
				if (!day.isBefore(breakStart) && day.isBefore(breakStart.plusDays(14))) {
					continue;
				}
				double progress = (double) (day.toEpochDay() - start.toEpochDay()) / DAYS;
				if (patient.has(DemoTrait.LOW_IMPACT_PLAN)) {
					lowImpactDay(day, progress);
				}
				else {
					loadingDay(day, progress);
				}
			}
			return sessions;
		}

		private void loadingDay(LocalDate day, double progress) {
			double adherence = patient.adherence();
			DayOfWeek weekday = day.getDayOfWeek();
			if ((weekday == DayOfWeek.MONDAY || weekday == DayOfWeek.THURSDAY) && chance(adherence)) {
				resistance(day, weekday == DayOfWeek.MONDAY
						? List.of("squat", "overhead-press", "row", "calf-raise")
						: List.of("deadlift", random.nextBoolean() ? "bench-press" : "push-up",
								random.nextBoolean() ? "lunge" : "step-up", "hip-thrust"), false);
			}
			// The adherent jump on most days; the others now and then.
			if (weekday != DayOfWeek.SUNDAY && chance(adherence * 0.95)) {
				impact(day, progress);
			}
			if ((weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.WEDNESDAY) && chance(0.3 + adherence * 0.5)) {
				walk(day, ExerciseType.WALK, 30 + random.nextInt(40), null);
			}
			if (runner && weekday == DayOfWeek.SUNDAY && chance(adherence)) {
				jog(day, progress);
			}
			if (swimmer && weekday == DayOfWeek.FRIDAY && chance(adherence * 0.8)) {
				cardio(day, ExerciseType.SWIM, 30 + random.nextInt(20), 0.8 + random.nextInt(8) / 10.0);
			}
			else if (weekday == DayOfWeek.FRIDAY && chance(adherence * 0.3)) {
				cardio(day, ExerciseType.CYCLE, 40 + random.nextInt(40), 10 + random.nextInt(15));
			}
		}

		private void lowImpactDay(LocalDate day, double progress) {
			double adherence = patient.adherence();
			DayOfWeek weekday = day.getDayOfWeek();
			if ((weekday == DayOfWeek.TUESDAY || weekday == DayOfWeek.FRIDAY) && chance(adherence)) {
				// The vest goes from about 2 % to 8 % of body weight over the year, in half kilograms.
				double vest = Math.max(1, Math.round(bodyWeightKg * (0.02 + 0.06 * progress) * 2) / 2.0);
				walk(day, ExerciseType.WEIGHTED_VEST_WALK, 20 + random.nextInt(21), vest);
			}
			else if (weekday != DayOfWeek.SUNDAY && chance(adherence * 0.7)) {
				walk(day, ExerciseType.WALK, 20 + random.nextInt(30), null);
			}
			if ((weekday == DayOfWeek.MONDAY || weekday == DayOfWeek.THURSDAY) && chance(adherence * 0.9)) {
				resistance(day, List.of("leg-press", "row", "calf-raise", "step-up", "back-extension"), true);
			}
		}

		private void resistance(LocalDate day, List<String> exercises, boolean light) {
			List<SetInput> sets = new ArrayList<>();
			for (String exercise : exercises) {
				double load = loads.getOrDefault(exercise, 0.0);
				boolean bodyweight = exercise.equals("push-up") || exercise.equals("back-extension");
				if (!bodyweight && !light) {
					sets.add(new SetInput(exercise, 8, plates(load * 0.5), true, null));
				}
				int workingSets = light ? 2 : 3;
				int reps = light ? 10 + random.nextInt(3) : 5 + random.nextInt(4);
				for (int set = 0; set < workingSets; set++) {
					sets.add(new SetInput(exercise, reps - (set == workingSets - 1 && chance(0.3) ? 1 : 0),
							bodyweight ? null : plates(light ? load * 0.6 : load), false, light ? 3 + random.nextInt(2) : 1 + random.nextInt(3)));
				}
				// Progressive overload: a little more next time, now and then.
				if (!bodyweight && chance(light ? 0.15 : 0.35)) {
					loads.put(exercise, Math.min(load + (exercise.equals("deadlift") || exercise.equals("leg-press") ? 2.5 : 1.25),
							maxLoad(exercise)));
				}
			}
			add(new SessionInput(day, time(), ExerciseType.RESISTANCE.name(), 35 + random.nextInt(25),
					light ? 5 + random.nextInt(2) : 7 + random.nextInt(2), note(), sets, List.of(), null, null, null));
		}

		private void impact(LocalDate day, double progress) {
			List<ImpactInput> impacts = new ArrayList<>();
			int hops = (int) Math.round(20 + 30 * progress * patient.adherence()) + random.nextInt(10);
			impacts.add(new ImpactInput("hops", hops));
			if (chance(0.6)) {
				impacts.add(new ImpactInput("counter-movement-jump", 10 + (int) Math.round(30 * progress) + random.nextInt(10)));
			}
			if (chance(0.25)) {
				impacts.add(new ImpactInput("stamps", 20 + random.nextInt(30)));
			}
			if (progress > 0.5 && patient.adherence() >= 0.8 && chance(0.2)) {
				impacts.add(new ImpactInput("drop-jump", 10 + random.nextInt(11)));
			}
			add(new SessionInput(day, time(), ExerciseType.IMPACT.name(), 5 + random.nextInt(8), null, null, List.of(),
					impacts, null, null, null));
		}

		private void jog(LocalDate day, double progress) {
			int minutes = 20 + (int) Math.round(10 * progress) + random.nextInt(6);
			add(new SessionInput(day, time(), ExerciseType.IMPACT.name(), minutes, 6, null, List.of(),
					List.of(new ImpactInput("jogging", Math.min(2000, minutes * 80))), null,
					kg(minutes / 6.5), null));
		}

		private void walk(LocalDate day, ExerciseType type, int minutes, @Nullable Double vestKg) {
			add(new SessionInput(day, time(), type.name(), minutes, null, null, List.of(), List.of(),
					vestKg == null ? null : kg(vestKg), kg(minutes * (0.075 + random.nextInt(20) / 1000.0)),
					minutes * (95 + random.nextInt(20))));
		}

		private void cardio(LocalDate day, ExerciseType type, int minutes, double km) {
			add(new SessionInput(day, time(), type.name(), minutes, 4 + random.nextInt(3), null, List.of(), List.of(),
					null, kg(km), null));
		}

		private void add(SessionInput input) {
			sessions.add(SessionRules.validate(input, MassUnit.KG, today, catalogue));
		}

		private LocalTime time() {
			return usualTime.plusMinutes(random.nextInt(7) * 10L - 30);
		}

		private @Nullable String note() {
			if (!chance(0.08)) {
				return null;
			}
			return List.of("Felt strong today.", "Knees a little stiff at the start.", "Tired after a poor night.",
					"New personal best!", "Kept the last set lighter.").get(random.nextInt(5));
		}

		private boolean chance(double probability) {
			return random.nextDouble() < probability;
		}

		private static double maxLoad(String exercise) {
			return switch (exercise) {
				case "deadlift", "leg-press", "hip-thrust" -> 90;
				case "squat" -> 70;
				case "calf-raise" -> 60;
				default -> 35;
			};
		}

		/** The load to the nearest 1.25 kg, as plates and dumbbells come. */
		private static BigDecimal plates(double kg) {
			return kg(Math.max(1.25, Math.round(kg / 1.25) * 1.25));
		}

		private static BigDecimal kg(double value) {
			return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
		}

	}

}
