package org.bonetrack.scoring.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aopalliance.intercept.MethodInterceptor;
import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.exercise.ExerciseLog;
import org.bonetrack.exercise.ExerciseSessionView;
import org.bonetrack.exercise.internal.ExerciseSessions;
import org.bonetrack.exercise.internal.SessionInput;
import org.bonetrack.nutrition.DailyNutrition;
import org.bonetrack.nutrition.NutritionLog;
import org.bonetrack.nutrition.internal.EntryInput.FoodInput;
import org.bonetrack.nutrition.internal.NutritionEntries;
import org.bonetrack.patients.Patients;
import org.bonetrack.scoring.ScoringIntegrationTest;
import org.bonetrack.scoring.rules.DayData;
import org.bonetrack.shared.IsoWeek;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch of marks spread over a year reads the logs of the marked weeks only: the data source is
 * built here on logs that keep what they answered, so the test sees what was read, not only what
 * the engine gets (the weeks not asked for are dropped either way).
 */
@ScoringIntegrationTest
class LoggedWeekDataSourceTests {

	@Autowired
	TestPeople people;

	@Autowired
	Patients patients;

	@Autowired
	ExerciseLog exercise;

	@Autowired
	NutritionLog nutrition;

	@Autowired
	ExerciseSessions sessions;

	@Autowired
	NutritionEntries entries;

	@Autowired
	Clock clock;

	@Test
	void aBatchReadsTheLogsOfEachPatientsMarkedWeeksAndNothingBetweenThem() {
		AuthenticatedUser patient = people.patient();
		AuthenticatedUser other = people.patient();
		IsoWeek later = IsoWeek.of(patients.today(patient.id())).minusWeeks(2);
		IsoWeek earlier = later.minusWeeks(40);
		IsoWeek between = later.minusWeeks(20);
		for (IsoWeek week : List.of(earlier, between, later)) {
			logged(patient, week.monday().plusDays(2));
			logged(other, week.monday().plusDays(4));
		}
		List<Object> answers = new ArrayList<>();
		LoggedWeekDataSource source = new LoggedWeekDataSource(patients, keepingAnswers(exercise, answers),
				keepingAnswers(nutrition, answers), clock);
		Map<Long, List<IsoWeek>> marked = Map.of(patient.id(), List.of(earlier, later), other.id(), List.of(between));

		Map<Long, PatientWeeks> loaded = source.load(marked);

		for (IsoWeek week : List.of(earlier, later)) {
			DayData wednesday = loaded.get(patient.id()).input(week).data().days().get(2);
			assertThat(wednesday.sessions()).hasSize(1);
			assertThat(wednesday.nutrition().logged()).isTrue();
		}
		assertThat(loaded.get(other.id()).input(between).data().days().get(4).sessions()).hasSize(1);
		assertThat(readDays(answers)).containsOnly(Map.entry(patient.id(), earlier.monday().plusDays(2)),
				Map.entry(patient.id(), later.monday().plusDays(2)), Map.entry(other.id(), between.monday().plusDays(4)));
	}

	private void logged(AuthenticatedUser patient, LocalDate day) {
		sessions.create(patient.id(), new SessionInput(day, null, "WALK", 30, null, null, List.of(), List.of(), null,
				new BigDecimal("3"), 4000), MassUnit.KG);
		entries.add(patient.id(), day, new FoodInput(1077L, new BigDecimal("100"), null));
	}

	/** The same log, keeping every answer it gives. */
	@SuppressWarnings("unchecked")
	private static <T> T keepingAnswers(T log, List<Object> answers) {
		ProxyFactory factory = new ProxyFactory(log);
		factory.setProxyTargetClass(true);
		factory.addAdvice((MethodInterceptor) invocation -> {
			Object answer = invocation.proceed();
			answers.add(answer);
			return answer;
		});
		return (T) factory.getProxy();
	}

	/** Every (patient, date) of a session or nutrition day the logs answered with. */
	private static List<Map.Entry<Long, LocalDate>> readDays(List<Object> answers) {
		List<Map.Entry<Long, LocalDate>> days = new ArrayList<>();
		for (Object answer : answers) {
			((Map<?, ?>) answer).forEach((patientId, list) -> {
				for (Object read : (List<?>) list) {
					LocalDate date = read instanceof ExerciseSessionView session ? session.date()
							: ((DailyNutrition) read).date();
					days.add(Map.entry((Long) patientId, date));
				}
			});
		}
		return days;
	}

}
