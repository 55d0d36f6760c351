package org.bonetrack.exercise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.exercise.internal.ExerciseSessions;
import org.bonetrack.exercise.internal.SessionInput;
import org.bonetrack.exercise.internal.StoredSession;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.IsoWeek;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** The facade other modules use, and the events they hear. */
@IntegrationTest
@RecordApplicationEvents
class ExerciseLogTests {

	@Autowired
	ExerciseLog log;

	@Autowired
	ExerciseSessions sessions;

	@Autowired
	TestPeople people;

	@Autowired
	Patients patients;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void sessionsAreReadByDateRangeOldestFirstWithImpactForces() {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());
		sessions.create(patient.id(), ExerciseTestData.walk(today.minusDays(10), 30), MassUnit.KG);
		sessions.create(patient.id(), ExerciseTestData.impact(today.minusDays(3), 50), MassUnit.KG);
		sessions.create(patient.id(), ExerciseTestData.resistance(today), MassUnit.KG);
		sessions.create(people.patient().id(), ExerciseTestData.resistance(today), MassUnit.KG);

		List<ExerciseSessionView> week = log.sessions(patient.id(), today.minusDays(6), today);

		assertThat(week).extracting(ExerciseSessionView::type).containsExactly(ExerciseType.IMPACT, ExerciseType.RESISTANCE);
		ExerciseSessionView impact = week.get(0);
		assertThat(impact.impacts()).extracting(ImpactView::activityKey).containsExactly("hops", "counter-movement-jump");
		assertThat(impact.impacts().get(0).peakForceBodyWeights()).isEqualByComparingTo("3.5");
		assertThat(impact.impacts().get(1).peakForceBodyWeights()).isEqualByComparingTo("4.0");
		assertThat(impact.totalImpacts()).isEqualTo(70);
		ExerciseSessionView resistance = week.get(1);
		assertThat(resistance.workingSets()).hasSize(2);
		assertThat(resistance.sets().get(0).exerciseKey()).isEqualTo("squat");
		assertThat(log.sessions(patient.id(), today, today.minusDays(1))).isEmpty();
	}

	@Test
	void sessionsOfChosenWeeksAreExactlyThoseWeeksOfEachPatientNeverTheWeeksBetween() {
		AuthenticatedUser patient = people.patient();
		AuthenticatedUser other = people.patient();
		IsoWeek later = IsoWeek.of(patients.today(patient.id())).minusWeeks(2);
		IsoWeek earlier = later.minusWeeks(30);
		sessions.create(patient.id(), ExerciseTestData.resistance(earlier.monday()), MassUnit.KG);
		sessions.create(patient.id(), ExerciseTestData.walk(earlier.sunday().plusDays(1), 30), MassUnit.KG);
		sessions.create(patient.id(), ExerciseTestData.walk(later.minusWeeks(15).monday(), 30), MassUnit.KG);
		sessions.create(patient.id(), ExerciseTestData.walk(later.monday().minusDays(1), 30), MassUnit.KG);
		sessions.create(patient.id(), ExerciseTestData.impact(later.sunday(), 50), MassUnit.KG);
		sessions.create(other.id(), ExerciseTestData.walk(earlier.monday(), 30), MassUnit.KG);
		sessions.create(other.id(), ExerciseTestData.resistance(later.monday().plusDays(3)), MassUnit.KG);

		Map<Long, List<ExerciseSessionView>> found = log
			.sessions(Map.of(patient.id(), List.of(later, earlier), other.id(), List.of(later)));

		assertThat(found).containsOnlyKeys(patient.id(), other.id());
		assertThat(found.get(patient.id())).extracting(ExerciseSessionView::date)
			.containsExactly(earlier.monday(), later.sunday());
		assertThat(found.get(patient.id()).get(0).sets()).hasSize(3);
		assertThat(found.get(patient.id()).get(1).impacts()).extracting(ImpactView::count).containsExactly(50, 20);
		assertThat(found.get(other.id())).extracting(ExerciseSessionView::date).containsExactly(later.monday().plusDays(3));
		assertThat(found.get(other.id()).get(0).sets()).hasSize(3);
		assertThat(log.sessions(Map.of(patient.id(), List.of()))).isEmpty();
	}

	@Test
	void sessionsOfManyPatientsInARangeIncludeBothEnds() {
		AuthenticatedUser patient = people.patient();
		AuthenticatedUser quiet = people.patient();
		LocalDate today = patients.today(patient.id());
		sessions.create(patient.id(), ExerciseTestData.walk(today.minusDays(11), 30), MassUnit.KG);
		sessions.create(patient.id(), ExerciseTestData.walk(today.minusDays(10), 30), MassUnit.KG);
		sessions.create(patient.id(), ExerciseTestData.resistance(today), MassUnit.KG);

		Map<Long, List<ExerciseSessionView>> found = log.sessions(List.of(patient.id(), quiet.id()), today.minusDays(10),
				today);

		assertThat(found).containsOnlyKeys(patient.id());
		assertThat(found.get(patient.id())).extracting(ExerciseSessionView::date)
			.containsExactly(today.minusDays(10), today);
		assertThat(log.sessions(List.of(patient.id()), today, today.minusDays(1))).isEmpty();
	}

	@Test
	void lastLoggedOnIsTheLatestSessionDatePerPatientInOneQuery() {
		AuthenticatedUser active = people.patient();
		AuthenticatedUser quiet = people.patient();
		LocalDate today = patients.today(active.id());
		sessions.create(active.id(), ExerciseTestData.walk(today.minusDays(20), 30), MassUnit.KG);
		sessions.create(active.id(), ExerciseTestData.walk(today.minusDays(2), 30), MassUnit.KG);

		assertThat(log.lastLoggedOn(active.id())).contains(today.minusDays(2));
		assertThat(log.lastLoggedOn(quiet.id())).isEmpty();
		assertThat(log.lastLoggedOn(List.of(active.id(), quiet.id()))).containsOnlyKeys(active.id())
			.containsEntry(active.id(), today.minusDays(2));
		assertThat(log.lastLoggedOn(List.of())).isEmpty();
	}

	@Test
	void lastLoggedOnFollowsASessionMovedOrDeletedAndForgetsAPatientWithNoneLeft() {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());
		StoredSession older = sessions.create(patient.id(), ExerciseTestData.walk(today.minusDays(20), 30), MassUnit.KG);
		StoredSession latest = sessions.create(patient.id(), ExerciseTestData.walk(today.minusDays(2), 30), MassUnit.KG);

		sessions.update(patient.id(), latest.id(), latest.version(), ExerciseTestData.walk(today.minusDays(30), 30),
				MassUnit.KG);
		assertThat(log.lastLoggedOn(patient.id())).contains(today.minusDays(20));

		sessions.delete(patient.id(), older.id(), null);
		assertThat(log.lastLoggedOn(patient.id())).contains(today.minusDays(30));

		sessions.delete(patient.id(), latest.id(), null);
		assertThat(log.lastLoggedOn(patient.id())).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from exercise_last_sessions where patient_id = ?", Integer.class,
				patient.id())).isZero();
	}

	@Test
	void lastLoggedOnSeesSessionsWrittenWithoutTheApplication() {
		AuthenticatedUser patient = people.patient();
		LocalDate day = patients.today(patient.id()).minusDays(4);
		// the stored latest day is kept by the database itself, whatever writes the sessions
		jdbc.update("""
				insert into exercise_sessions (patient_id, session_date, type, duration_minutes, source, created_at, updated_at)
				values (?, ?, 'WALK', 30, 'MANUAL', now(), now())""", patient.id(), day);

		assertThat(log.lastLoggedOn(List.of(patient.id()))).containsExactly(Map.entry(patient.id(), day));
	}

	@Test
	void firstLoggedOnIsTheEarliestSessionDatePerPatientInOneQuery() {
		AuthenticatedUser active = people.patient();
		AuthenticatedUser quiet = people.patient();
		LocalDate today = patients.today(active.id());
		sessions.create(active.id(), ExerciseTestData.walk(today.minusDays(2), 30), MassUnit.KG);
		sessions.create(active.id(), ExerciseTestData.walk(today.minusDays(20), 30), MassUnit.KG);

		assertThat(log.firstLoggedOn(List.of(active.id(), quiet.id()))).containsOnlyKeys(active.id())
			.containsEntry(active.id(), today.minusDays(20));
		assertThat(log.firstLoggedOn(List.of())).isEmpty();
	}

	@Test
	void theCatalogueHasStableKeysAndThePeakForcesOfTheClinicalReference() {
		assertThat(log.catalogue()).filteredOn(entry -> !entry.isImpact())
			.extracting(CatalogueEntry::key)
			.contains("squat", "deadlift", "overhead-press", "bench-press", "row", "lunge", "step-up", "push-up",
					"jumping-chin-up", "leg-press", "hip-thrust", "calf-raise");
		assertThat(log.catalogue()).filteredOn(CatalogueEntry::isImpact)
			.extracting(entry -> entry.key() + "=" + entry.peakForceBodyWeights().stripTrailingZeros().toPlainString())
			.contains("hops=3.5", "counter-movement-jump=4", "drop-jump=4.5", "stamps=3.5", "skipping=4.7",
					"jogging=2.6", "high-impact-aerobics=5.5", "brisk-walking=1.2");
		assertThat(log.catalogue()).filteredOn(CatalogueEntry::isImpact).allSatisfy(entry -> assertThat(entry.forceSource()).isNotBlank());
	}

	@Test
	void anEditReplacesTheSetsWhateverTheirNumber() {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());
		StoredSession session = sessions.create(patient.id(), ExerciseTestData.resistance(today), MassUnit.KG);
		List<SessionInput.SetInput> four = List.of(new SessionInput.SetInput("row", 12, new BigDecimal("20"), false, null),
				new SessionInput.SetInput("row", 12, new BigDecimal("22.5"), false, 2),
				new SessionInput.SetInput("lunge", 10, null, false, null),
				new SessionInput.SetInput("My own carry", 1, new BigDecimal("16"), false, null));

		StoredSession longer = sessions.update(patient.id(), session.id(), session.version(), withSets(today, four), MassUnit.KG);
		assertThat(log.sessions(patient.id(), today, today).get(0).sets()).extracting(ExerciseSetView::exercise)
			.containsExactly("row", "row", "lunge", "My own carry");
		sessions.update(patient.id(), session.id(), longer.version(), withSets(today, four.subList(2, 3)), MassUnit.KG);
		assertThat(log.sessions(patient.id(), today, today).get(0).sets()).extracting(ExerciseSetView::exercise)
			.containsExactly("lunge");
		assertThat(sessions.find(patient.id(), session.id()).version()).isEqualTo(2);
	}

	private static SessionInput withSets(LocalDate date, List<SessionInput.SetInput> sets) {
		return new SessionInput(date, null, "RESISTANCE", null, null, null, sets, List.of(), null, null, null);
	}

	@Test
	void eachChangeIsPublishedWithItsDatesAndAudited() {
		AuthenticatedUser patient = people.patient();
		LocalDate today = patients.today(patient.id());

		StoredSession session = sessions.create(patient.id(), ExerciseTestData.walk(today, 30), MassUnit.KG);
		sessions.update(patient.id(), session.id(), session.version(), ExerciseTestData.walk(today.minusDays(8), 35),
				MassUnit.KG);
		sessions.delete(patient.id(), session.id(), null);

		assertThat(events.stream(ExerciseSessionLogged.class))
			.containsExactly(new ExerciseSessionLogged(patient.id(), session.id(), today));
		assertThat(events.stream(ExerciseSessionChanged.class))
			.containsExactly(new ExerciseSessionChanged(patient.id(), session.id(), today.minusDays(8), today));
		assertThat(events.stream(ExerciseSessionDeleted.class))
			.containsExactly(new ExerciseSessionDeleted(patient.id(), session.id(), today.minusDays(8)));
		assertThat(jdbc.queryForList("select action from audit_events where patient_id = ? order by id", String.class,
				patient.id()))
			.containsSubsequence("EXERCISE_SESSION_LOGGED", "EXERCISE_SESSION_CHANGED", "EXERCISE_SESSION_DELETED");
	}

}
