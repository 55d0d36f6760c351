package org.bonetrack.exercise.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.bonetrack.exercise.ExerciseLog;
import org.bonetrack.exercise.ExerciseSessionView;
import org.bonetrack.exercise.ExerciseSetView;
import org.bonetrack.exercise.ExerciseType;
import org.bonetrack.patients.DemoCohort;
import org.bonetrack.patients.DemoPatient;
import org.bonetrack.patients.Patients;
import org.bonetrack.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo profile's year of sessions follows each demo patient's habits, and is made once. */
@IntegrationTest
@ActiveProfiles({ "test", "demo" })
class DemoExerciseSessionsTests {

	@Autowired
	DemoCohort cohort;

	@Autowired
	ExerciseLog log;

	@Autowired
	Patients patients;

	@Autowired
	DemoExerciseSessions demo;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdherentPatientLiftsTwiceAWeekWithRisingLoadsAndJumpsOnMostDays() {
		DemoPatient margaret = patient("patient@demo.test");
		LocalDate today = patients.today(margaret.id());
		List<ExerciseSessionView> year = log.sessions(margaret.id(), today.minusDays(364), today);

		long resistanceDays = year.stream().filter(s -> s.type() == ExerciseType.RESISTANCE).count();
		long impactDays = year.stream().filter(s -> s.type() == ExerciseType.IMPACT).map(ExerciseSessionView::date).distinct().count();
		assertThat(resistanceDays).as("about 2 a week, 50 weeks, 85 % adherence").isBetween(70L, 100L);
		assertThat(impactDays).as("most days").isGreaterThan(200);
		assertThat(heaviestSquat(log.sessions(margaret.id(), today.minusDays(30), today)))
			.isGreaterThan(heaviestSquat(log.sessions(margaret.id(), today.minusDays(364), today.minusDays(300))));
	}

	@Test
	void aLapsedPatientStoppedThreeToFourWeeksAgoAndANewOneHasNothing() {
		for (String email : List.of("helen.novak@demo.test", "mei.chen@demo.test")) {
			DemoPatient lapsed = patient(email);
			LocalDate today = patients.today(lapsed.id());
			assertThat(log.lastLoggedOn(lapsed.id())).hasValueSatisfying(
					last -> assertThat(last).isBetween(today.minusDays(28), today.minusDays(21)));
		}
		assertThat(log.lastLoggedOn(patient("sandra.kowalski@demo.test").id())).isEmpty();
	}

	@Test
	void aPatientOnALowImpactPlanWalksPartlyInAVestAndDoesNotJump() {
		DemoPatient eileen = patient("eileen.murphy@demo.test");
		LocalDate today = patients.today(eileen.id());
		List<ExerciseSessionView> year = log.sessions(eileen.id(), today.minusDays(364), today);

		assertThat(year).noneMatch(s -> s.type() == ExerciseType.IMPACT);
		assertThat(year).filteredOn(s -> s.type() == ExerciseType.WEIGHTED_VEST_WALK).hasSizeGreaterThan(40)
			.allSatisfy(s -> assertThat(s.vestLoadKg()).isBetween(new BigDecimal("1"), new BigDecimal("6")));
		assertThat(year).filteredOn(s -> s.type() == ExerciseType.WALK).isNotEmpty();
	}

	@Test
	void runningTheSeedAgainAddsNothing() throws Exception {
		int before = jdbc.queryForObject("select count(*) from exercise_sessions", Integer.class);

		demo.run(null);

		assertThat(jdbc.queryForObject("select count(*) from exercise_sessions", Integer.class)).isEqualTo(before);
		assertThat(before).isGreaterThan(3000);
	}

	private DemoPatient patient(String email) {
		return cohort.patient(email).orElseThrow();
	}

	private static BigDecimal heaviestSquat(List<ExerciseSessionView> sessions) {
		return sessions.stream()
			.flatMap(s -> s.sets().stream())
			.filter(set -> "squat".equals(set.exerciseKey()) && !set.warmup())
			.map(ExerciseSetView::loadKg)
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ZERO);
	}

}
