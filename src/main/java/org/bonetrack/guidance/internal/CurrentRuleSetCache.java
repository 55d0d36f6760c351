package org.bonetrack.guidance.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.bonetrack.guidance.RuleSet;
import org.bonetrack.guidance.RuleSetPublished;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The current rule set, read on every score, kept in memory. A publish on this node clears it as
 * soon as the publish commits; other nodes of a cluster reload it after the time to live (one
 * minute by default, {@code bonetrack.guidance.rule-set-cache-ttl}), so they follow within it.
 */
@Component
class CurrentRuleSetCache {

	private final Clock clock;

	private final Duration timeToLive;

	private volatile Entry entry;

	CurrentRuleSetCache(Clock clock, @Value("${bonetrack.guidance.rule-set-cache-ttl:PT1M}") Duration timeToLive) {
		this.clock = clock;
		this.timeToLive = timeToLive;
	}

	RuleSet get(Supplier<RuleSet> loader) {
		Entry current = entry;
		Instant now = clock.instant();
		if (current == null || !now.isBefore(current.loadedAt().plus(timeToLive))) {
			current = new Entry(loader.get(), now);
			entry = current;
		}
		return current.rules();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(RuleSetPublished event) {
		entry = null;
	}

	private record Entry(RuleSet rules, Instant loadedAt) {
	}

}
