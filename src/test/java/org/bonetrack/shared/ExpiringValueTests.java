package org.bonetrack.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.bonetrack.support.SettableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiringValueTests {

	private final AtomicInteger reads = new AtomicInteger();

	@Test
	void theValueIsReadOncePerTimeToLive() {
		Instant start = Instant.parse("2026-11-27T10:00:00Z");
		ExpiringValue<Integer> atStart = new ExpiringValue<>(Clock.fixed(start, ZoneOffset.UTC), Duration.ofMinutes(1));

		assertThat(atStart.get(reads::incrementAndGet)).isEqualTo(1);
		assertThat(atStart.get(reads::incrementAndGet)).isEqualTo(1);
		assertThat(reads).hasValue(1);
	}

	@Test
	void aValueThatHasLivedItsTimeIsReadAgain() {
		SettableClock clock = new SettableClock(Instant.parse("2026-11-27T10:00:00Z"));
		ExpiringValue<Integer> value = new ExpiringValue<>(clock, Duration.ofMinutes(1));
		value.get(reads::incrementAndGet);

		clock.advance(Duration.ofSeconds(59));
		assertThat(value.get(reads::incrementAndGet)).isEqualTo(1);
		clock.advance(Duration.ofSeconds(1));
		assertThat(value.get(reads::incrementAndGet)).isEqualTo(2);
	}

	@Test
	void aForgottenValueIsReadAgainAtOnce() {
		ExpiringValue<Integer> value = new ExpiringValue<>(new SettableClock(Instant.parse("2026-11-27T10:00:00Z")), Duration.ofMinutes(1));
		value.get(reads::incrementAndGet);

		value.forget();

		assertThat(value.get(reads::incrementAndGet)).isEqualTo(2);
	}

}
