package org.bonetrack.scoring.internal;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Scores the pending weeks shortly after they are marked: every second by default, so the marks
 * of one import (its events arrive within a moment of each other) are mostly scored in one
 * batch. Marks left by a crash are picked up on the first run after the restart. Can be switched
 * off ({@code bonetrack.scoring.pending.worker=false}) where something else calls
 * {@link PendingWeeks#drain()}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "bonetrack.scoring.pending.worker", havingValue = "true", matchIfMissing = true)
class PendingWeeksWorker {

	private static final Log log = LogFactory.getLog(PendingWeeksWorker.class);

	private final PendingWeeks pending;

	PendingWeeksWorker(PendingWeeks pending) {
		this.pending = pending;
	}

	@Scheduled(initialDelayString = "${bonetrack.scoring.pending.delay-ms:1000}",
			fixedDelayString = "${bonetrack.scoring.pending.delay-ms:1000}")
	void run() {
		try {
			int scored = pending.drain();
			if (scored > 0 && log.isDebugEnabled()) {
				log.debug("Scored " + scored + " pending weeks");
			}
		}
		catch (RuntimeException ex) {
			// the marks stay and the next run tries again
			log.warn("Scoring pending weeks failed; will retry", ex);
		}
	}

}
