package org.bonetrack.scoring.internal;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bonetrack.patients.DemoCohort;
import org.bonetrack.patients.DemoPatient;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's weekly scores: every complete week of every demo patient is scored and stored at
 * startup from the exercise and nutrition logs, after the other modules' demo data (so the pages
 * are never empty). The demo logs are seeded without events, so the weeks already stored are
 * scored again too (a database kept from an older version may hold scores of empty weeks).
 */
@Component
@Profile("demo")
@Order(900)
class DemoScoresSeeder implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(DemoScoresSeeder.class);

	private static final int CHUNK = 50;

	private final DemoCohort cohort;

	private final ScoringService scoring;

	DemoScoresSeeder(DemoCohort cohort, ScoringService scoring) {
		this.cohort = cohort;
		this.scoring = scoring;
	}

	@Override
	public void run(ApplicationArguments args) {
		long started = System.nanoTime();
		var ids = cohort.patients().stream().map(DemoPatient::id).toList();
		int rescored = 0;
		// chunks, so a large cohort never holds more than a chunk's logs in memory
		for (int from = 0; from < ids.size(); from += CHUNK) {
			var chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			rescored += scoring.rescoreStored(chunk);
			scoring.catchUp(chunk);
		}
		log.info("Demo weekly scores up to date for " + ids.size() + " patients (" + rescored
				+ " stored weeks scored again with their logged data) in "
				+ (System.nanoTime() - started) / 1_000_000 + " ms");
	}

}
