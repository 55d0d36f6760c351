package org.bonetrack.dexa;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lumbar vertebrae a spine result was measured on (ISCD: PA L1–L4, leaving out only
 * vertebrae with structural change or artefact, and never fewer than two). Written like
 * {@code L1-L4}, {@code L2-L4} or {@code L1-L2,L4}; spine results are only compared between
 * scans that used the same vertebrae.
 */
public final class Vertebrae {

	public static final int FIRST = 1;

	public static final int LAST = 4;

	public static final int MINIMUM = 2;

	public static final Vertebrae L1_L4 = new Vertebrae(bits(1, 4));

	private static final Pattern PART = Pattern.compile("L([1-9])(?:\\s*[-\u2013\u2014]\\s*L?([1-9]))?");

	/** Enough for every canonical value (stored values are canonical) and a few spellings. */
	private static final int PARSED_LIMIT = 64;

	private static final Map<String, Vertebrae> PARSED = new ConcurrentHashMap<>();

	/** Never changed after construction, nor handed out: instances may be shared. */
	private final BitSet levels;

	private Vertebrae(BitSet levels) {
		this.levels = levels;
	}

	/**
	 * Reads {@code L1-L4}, {@code L1–L4}, {@code L2-4}, {@code L1, L2, L4} and the like (any case);
	 * empty when the text names no vertebra, a level outside L1–L4, a backwards range or fewer
	 * than two vertebrae.
	 */
	public static Optional<Vertebrae> parse(String text) {
		String[] parts = text.trim().toUpperCase(Locale.ROOT).split("\\s*,\\s*");
		BitSet levels = new BitSet();
		for (String part : parts) {
			Matcher matcher = PART.matcher(part);
			if (!matcher.matches()) {
				return Optional.empty();
			}
			int from = Integer.parseInt(matcher.group(1));
			int to = matcher.group(2) == null ? from : Integer.parseInt(matcher.group(2));
			if (from < FIRST || to > LAST || to < from) {
				return Optional.empty();
			}
			levels.set(from, to + 1);
		}
		return levels.cardinality() < MINIMUM ? Optional.empty() : Optional.of(new Vertebrae(levels));
	}

	/**
	 * Like {@link #parse} but for text already known to be valid (stored values). Stored values
	 * are few and repeat on every read, so each is parsed once and the result shared (a
	 * {@code Vertebrae} never changes).
	 */
	public static Vertebrae of(String text) {
		Vertebrae known = PARSED.get(text);
		if (known != null) {
			return known;
		}
		Vertebrae vertebrae = parse(text)
			.orElseThrow(() -> new IllegalArgumentException("Not a set of lumbar vertebrae: " + text));
		if (PARSED.size() < PARSED_LIMIT) {
			PARSED.putIfAbsent(text, vertebrae);
		}
		return vertebrae;
	}

	/** How many vertebrae were used. */
	public int count() {
		return levels.cardinality();
	}

	/** The levels used, e.g. [1, 2, 4]. */
	public List<Integer> levels() {
		return levels.stream().boxed().toList();
	}

	/** Runs of adjacent levels are written as ranges: {@code L1-L4}, {@code L1-L2,L4}. */
	@Override
	public String toString() {
		List<String> parts = new ArrayList<>();
		int level = levels.nextSetBit(0);
		while (level >= 0) {
			int end = levels.nextClearBit(level) - 1;
			parts.add(end == level ? "L" + level : "L" + level + "-L" + end);
			level = levels.nextSetBit(end + 1);
		}
		return String.join(",", parts);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Vertebrae that && that.levels.equals(levels);
	}

	@Override
	public int hashCode() {
		return levels.hashCode();
	}

	private static BitSet bits(int from, int to) {
		BitSet bits = new BitSet();
		bits.set(from, to + 1);
		return bits;
	}

}
