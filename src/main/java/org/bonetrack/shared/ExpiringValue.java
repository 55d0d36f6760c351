package org.bonetrack.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A value read from the database and kept in memory for a time to live, then read again. Other
 * instances of a cluster cannot tell this one about a change, so the time to live is how long
 * they may lag; {@link #forget()} drops the value at once where a change is known here.
 */
public final class ExpiringValue<T> {

	private final Clock clock;

	private final Duration timeToLive;

	private volatile @Nullable Loaded<T> loaded;

	public ExpiringValue(Clock clock, Duration timeToLive) {
		this.clock = clock;
		this.timeToLive = timeToLive;
	}

	/** The kept value, or a fresh one from the loader when there is none or it has lived its time. */
	public T get(Supplier<T> loader) {
		Loaded<T> current = loaded;
		Instant now = clock.instant();
		if (current == null || !now.isBefore(current.at().plus(timeToLive))) {
			current = new Loaded<>(loader.get(), now);
			loaded = current;
		}
		return current.value();
	}

	/** The next {@link #get} reads again. */
	public void forget() {
		loaded = null;
	}

	private record Loaded<T>(T value, Instant at) {
	}

}
