package org.bonetrack.guidance.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import org.bonetrack.guidance.RuleSet;
import org.bonetrack.guidance.RuleSetPublished;
import org.bonetrack.shared.ExpiringValue;

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

	private final ExpiringValue<RuleSet> kept;

	CurrentRuleSetCache(Clock clock, @Value("${bonetrack.guidance.rule-set-cache-ttl:PT1M}") Duration timeToLive) {
		this.kept = new ExpiringValue<>(clock, timeToLive);
	}

	RuleSet get(Supplier<RuleSet> loader) {
		return kept.get(loader);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(RuleSetPublished event) {
		kept.forget();
	}

}
