package org.bonetrack.exercise;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * A made-up Strong export (the 2021–2024 comma header) with exactly the number of rows asked
 * for: lifting workouts every other day going back from yesterday, with warm-ups, rest timers,
 * RPE, jumps and the odd run. Deterministic.
 */
final class StrongFileGenerator {

	static final String HEADER = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final List<String> EXERCISES = List.of("Squat (Barbell)", "Deadlift (Barbell)",
			"Overhead Press (Barbell)", "Bent Over Row (Barbell)", "Lunge (Dumbbell)", "Leg Press (Machine)",
			"Hip Thrust (Barbell)", "Standing Calf Raise (Machine)", "Bench Press (Dumbbell)", "Cable Face Pull");

	/** The file, its workouts (start times), how many of them have jumps or a run, and its rows. */
	record Export(byte[] bytes, int workouts, int workoutsWithImpacts, int rows) {
	}

	private StrongFileGenerator() {
	}

	static Export rows(int rows, LocalDate yesterday) {
		Random random = new Random(42);
		StringBuilder csv = new StringBuilder(rows * 110).append(HEADER).append('\n');
		int written = 0;
		int workouts = 0;
		int withImpacts = 0;
		LocalDateTime start = yesterday.atTime(7, 30);
		while (written < rows) {
			workouts++;
			String date = DATE.format(start);
			String name = workouts % 2 == 0 ? "\"Lower Body\"" : "\"Full Body\"";
			String duration = "\"" + (40 + random.nextInt(30)) + "min\"";
			for (int e = 0; e < 5 && written < rows; e++) {
				String exercise = EXERCISES.get((workouts + e * 3) % EXERCISES.size());
				double load = 20 + random.nextInt(60) * 1.25;
				csv.append(date).append(',').append(name).append(',').append(duration).append(",\"").append(exercise)
					.append("\",W,").append(load / 2).append(",8,0,0,\"\",\"\",\n");
				written++;
				for (int set = 1; set <= 3 && written < rows; set++) {
					csv.append(date).append(',').append(name).append(',').append(duration).append(",\"").append(exercise)
						.append("\",").append(set).append(',').append(load).append(',').append(5 + random.nextInt(6))
						.append(",0,0,,\"\",").append(7 + random.nextInt(3)).append('\n');
					written++;
				}
				if (written < rows) {
					csv.append(date).append(',').append(name).append(',').append(duration).append(",\"").append(exercise)
						.append("\",Rest Timer,0,0,0,120,,\"\",\n");
					written++;
				}
			}
			boolean impacts = false;
			if (workouts % 3 == 0 && written < rows) {
				impacts = true;
				csv.append(date).append(',').append(name).append(',').append(duration)
					.append(",\"Box Jump\",1,0,").append(10 + random.nextInt(20)).append(",0,0,,\"\",\n");
				written++;
			}
			if (workouts % 7 == 0 && written < rows) {
				impacts = true;
				csv.append(date).append(',').append(name).append(',').append(duration)
					.append(",\"Running\",1,0,0,").append(3 + random.nextInt(4)).append(",").append(1200 + random.nextInt(900))
					.append(",,\"\",\n");
				written++;
			}
			withImpacts += impacts ? 1 : 0;
			start = start.minusDays(2).withHour(random.nextBoolean() ? 7 : 18).withMinute(random.nextInt(60));
		}
		return new Export(csv.toString().getBytes(StandardCharsets.UTF_8), workouts, withImpacts, written);
	}

}
