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
 * startup, after the other modules' demo data (so the pages are never empty). Only missing weeks
 * are computed, so a restart adds just the weeks that ended since.
 */
@Component
@Profile("demo")
@Order(900)
class DemoScoresSeeder implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(DemoScoresSeeder.class);

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
		scoring.catchUp(ids);
		log.info("Demo weekly scores up to date for " + ids.size() + " patients in "
				+ (System.nanoTime() - started) / 1_000_000 + " ms");
	}

}
