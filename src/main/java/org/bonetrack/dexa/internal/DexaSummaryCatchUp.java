package org.bonetrack.dexa.internal;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bonetrack.dexa.DexaResults;
import org.bonetrack.dexa.LscDefaults;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Stores the latest summaries that scan changes did not: every 30 s by default, for patients
 * whose scans came in some other way (a database loaded with COPY, data from before the summaries
 * existed) or whose row was computed with LSC defaults or an anastrozole start since replaced.
 * Until then the list analyses those patients' scans itself, so this only saves time. A run
 * stores batches of a few hundred patients (each its own transaction) until a batch comes back
 * short. Can be switched off ({@code bonetrack.dexa.summaries.catch-up=false}), e.g. for tests that
 * call {@link LatestDexaSummaries#catchUp} themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "bonetrack.dexa.summaries.catch-up", havingValue = "true", matchIfMissing = true)
class DexaSummaryCatchUp {

	private static final Log log = LogFactory.getLog(DexaSummaryCatchUp.class);

	/** So that one run cannot go on for long however much is missing; the next run goes on. */
	private static final int MAX_BATCHES_PER_RUN = 20;

	private final LatestDexaSummaries summaries;

	private final DexaResults results;

	private final int batchSize;

	DexaSummaryCatchUp(LatestDexaSummaries summaries, DexaResults results,
			@Value("${bonetrack.dexa.summaries.catch-up-batch:300}") int batchSize) {
		this.summaries = summaries;
		this.results = results;
		this.batchSize = batchSize;
	}

	@Scheduled(initialDelayString = "${bonetrack.dexa.summaries.catch-up-delay-ms:30000}",
			fixedDelayString = "${bonetrack.dexa.summaries.catch-up-delay-ms:30000}")
	void run() {
		try {
			LscDefaults defaults = results.lscDefaults();
			int stored = 0;
			for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
				int count = summaries.catchUp(defaults, batchSize);
				stored += count;
				if (count < batchSize) {
					break;
				}
			}
			if (stored > 0 && log.isDebugEnabled()) {
				log.debug("Stored " + stored + " latest DEXA summaries");
			}
		}
		catch (RuntimeException ex) {
			// the rows stay missing or stale (the list analyses those patients) and the next run tries again
			log.warn("Storing latest DEXA summaries failed; will retry", ex);
		}
	}

}
