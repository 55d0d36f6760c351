package org.bonetrack.nutrition;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bonetrack.nutrition.internal.Food;
import org.bonetrack.nutrition.internal.FoodCatalogue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Food search over the whole catalogue, as the day page and {@code GET /api/v1/foods} run it
 * (service, transaction, one SQL query on PostgreSQL). Target: p0.95 below 50 ms. Sample-time mode
 * reports the percentiles per query.
 *
 * <pre>
 * BONETRACK_TEST_DB_URL=... ./mvnw -Pbench test -Dbench.include=FoodSearchBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class FoodSearchBenchmark {

	/** A common word, two words, a plural, a typo (trigram path) and a one-letter worst case. */
	@Param({ "milk", "salmon canned", "sardines", "brocoli", "a" })
	String query;

	private ConfigurableApplicationContext context;

	private FoodCatalogue foods;

	@Setup(Level.Trial)
	public void start() {
		context = BenchmarkApplication.start();
		foods = context.getBean(FoodCatalogue.class);
		if (foods.size() != 318) {
			throw new IllegalStateException("Expected the whole catalogue of 318 foods, found " + foods.size());
		}
	}

	@TearDown(Level.Trial)
	public void stop() {
		context.close();
	}

	@Benchmark
	public List<Food> search() {
		return foods.search(query, 25);
	}

}
