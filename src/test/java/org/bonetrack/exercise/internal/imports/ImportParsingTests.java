package org.bonetrack.exercise.internal.imports;

import java.math.BigDecimal;

import org.bonetrack.exercise.ExerciseType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the importers read durations, numbers and exercise names, without a database. */
class ImportParsingTests {

	@ParameterizedTest
	@CsvSource({ "38min, 2280", "1h, 3600", "1h 13m, 4380", "1h 9m, 4140", "45s, 45", "144h 19min, 519540",
			"1:05:00, 3900", "45:12, 2712", "52, 3120", "1 Std. 13 Min., 4380", "1h 5mn, 3900", "2h 0m, 7200" })
	void strongDurationsAreReadInEveryWayTheyAreWritten(String text, int seconds) {
		assertThat(Durations.seconds(text)).isEqualTo(seconds);
	}

	@Test
	void unreadableDurationsAreUnknownNotWrong() {
		assertThat(Durations.seconds("about an hour")).isNull();
		assertThat(Durations.seconds("")).isNull();
		assertThat(Durations.minutes(29)).isEqualTo(1);
		assertThat(Durations.minutes(0)).isNull();
	}

	@Test
	void numbersTakeDecimalPointsOrCommasAndWholeNumbersMayEndInZero() {
		assertThat(Numbers.decimal("61.23492")).isEqualByComparingTo("61.23492");
		assertThat(Numbers.decimal("52,5")).isEqualByComparingTo("52.5");
		assertThat(Numbers.decimal(" ")).isNull();
		assertThat(Numbers.whole("8.0")).isEqualTo(8);
		assertThatThrownBy(() -> Numbers.whole("8.5")).isInstanceOf(NumberFormatException.class);
		assertThatThrownBy(() -> Numbers.decimal("heavy")).isInstanceOf(NumberFormatException.class);
	}

	@ParameterizedTest
	@CsvSource({ "Squat (Barbell), lift:squat", "Romanian Deadlift (Barbell), lift:deadlift",
			"Bulgarian Split Squat (Dumbbell), lift:lunge", "Bent Over Row (Barbell), lift:row",
			"Standing Calf Raise (Machine), lift:calf-raise", "Box Jump, impact:counter-movement-jump",
			"Jump Rope, impact:skipping", "Running (Treadmill), impact:jogging", "Walking, cardio:WALK",
			"Cycling (Indoor), cardio:CYCLE", "Rowing (Machine), cardio:OTHER", "Plank, custom",
			"Kniebeuge (Langhantel), lift:squat", "Soulevé de terre (Barre), lift:deadlift",
			"  push-up , lift:push-up" })
	void vendorNamesMapToTheCatalogueWhateverTheEquipment(String name, String target) {
		assertThat(ExerciseNames.known(name)).hasValueSatisfying(t -> assertThat(t.code()).isEqualTo(target));
	}

	@Test
	void unknownNamesAreLeftToThePatient() {
		assertThat(ExerciseNames.known("Cable Face Pull")).isEmpty();
		assertThat(ExerciseNames.known("Bicep Curl (Dumbbell)")).isEmpty();
	}

	@Test
	void targetsRoundTripThroughTheirCodesAndNonsenseIsRefused() {
		for (Target target : new Target[] { Target.lift("squat"), Target.impact("hops"), Target.cardio(ExerciseType.SWIM),
				Target.CUSTOM, Target.SKIP }) {
			assertThat(Target.parse(target.code())).isEqualTo(target);
		}
		assertThat(Target.parse("cardio:RESISTANCE")).isNull();
		assertThat(Target.parse("cardio:WEIGHTED_VEST_WALK")).isNull();
		assertThat(Target.parse("lift:")).isNull();
		assertThat(Target.parse("drop table")).isNull();
		assertThat(new BigDecimal("1.609344")).isEqualByComparingTo(StrongCsv.KM_PER_MILE);
	}

}
