package org.bonetrack.dexa;

import java.util.Comparator;

import org.jspecify.annotations.Nullable;

/** A measured site and, where it has one, its side: what a series of results over time follows. */
public record SiteKey(DexaSite site, @Nullable Side side) implements Comparable<SiteKey> {

	private static final Comparator<SiteKey> ORDER = Comparator.comparing(SiteKey::site)
		.thenComparing(SiteKey::side, Comparator.nullsFirst(Comparator.naturalOrder()));

	/** "Total hip, left", "Lumbar spine". */
	public String label() {
		return side == null ? site.label() : site.label() + ", " + side.label();
	}

	@Override
	public int compareTo(SiteKey other) {
		return ORDER.compare(this, other);
	}

}
