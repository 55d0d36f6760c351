package org.bonetrack.dexa;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CPU cost of the analysis behind the clinician's patient list: the latest summary of 200
 * patients with three scans of five sites each (the database part is two queries, see
 * DexaResultsTests). Run with {@code ./mvnw -Pbench test -Dbench.include=DexaAnalysisBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DexaAnalysisBenchmark {

	private final DexaAnalysis analysis = new DexaAnalysis(LscDefaults.ISCD_MINIMUM);

	private final List<List<DexaScan>> patients = new ArrayList<>();

	private final LocalDate start = LocalDate.of(2023, 5, 1);

	@Setup
	public void patients() {
		Random random = new Random(42);
		long id = 1;
		for (int patient = 0; patient < 200; patient++) {
			List<DexaScan> scans = new ArrayList<>();
			for (int scan = 0; scan < 3; scan++) {
				double loss = 1 - scan * 0.02 * random.nextDouble();
				scans.add(new DexaScan(id++, 0, start.plusMonths(13L * scan), "Northgate", Manufacturer.HOLOGIC, null,
						List.of(site(DexaSite.LUMBAR_SPINE, null, 0.95 * loss),
								site(DexaSite.TOTAL_HIP, Side.LEFT, 0.85 * loss),
								site(DexaSite.TOTAL_HIP, Side.RIGHT, 0.86 * loss),
								site(DexaSite.FEMORAL_NECK, Side.LEFT, 0.72 * loss),
								site(DexaSite.FEMORAL_NECK, Side.RIGHT, 0.73 * loss))));
			}
			patients.add(scans);
		}
	}

	@Benchmark
	public int latestOfTwoHundredPatients() {
		int significant = 0;
		for (List<DexaScan> scans : patients) {
			if (analysis.latest(scans, start).significantLossSincePrevious()) {
				significant++;
			}
		}
		return significant;
	}

	private static SiteResult site(DexaSite site, Side side, double bmd) {
		return new SiteResult(site, side, site == DexaSite.LUMBAR_SPINE ? Vertebrae.L1_L4 : null,
				BigDecimal.valueOf(bmd).setScale(3, RoundingMode.HALF_UP), null, null, null);
	}

}
