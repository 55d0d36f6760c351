package org.bonetrack.guidance;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One version of the scoring rules: a value for every {@link RuleParameter}. Immutable and pure
 * Java, so the rules engine can take it as it is; lookups are array reads, cheap enough for the
 * engine's inner loops.
 */
public final class RuleSet {

	private static final RuleParameter[] PARAMETERS = RuleParameter.values();

	private final int version;

	private final BigDecimal[] values;

	private final double[] doubles;

	private RuleSet(int version, BigDecimal[] values) {
		this.version = version;
		this.values = values;
		this.doubles = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			doubles[i] = values[i].doubleValue();
		}
	}

	/**
	 * A rule set with the given values; a parameter without a value takes its v1 value, so that
	 * a parameter added later does not break older rule sets.
	 */
	public static RuleSet of(int version, Map<RuleParameter, BigDecimal> values) {
		if (version < 1) {
			throw new IllegalArgumentException("Rule set versions start at 1");
		}
		BigDecimal[] array = new BigDecimal[PARAMETERS.length];
		for (RuleParameter parameter : PARAMETERS) {
			BigDecimal value = values.get(parameter);
			array[parameter.ordinal()] = value == null ? parameter.initialValue() : value;
		}
		return new RuleSet(version, array);
	}

	/** Rule set v1, DESIGN.md's defaults. */
	public static RuleSet initial() {
		return of(1, Map.of());
	}

	public int version() {
		return version;
	}

	public double get(RuleParameter parameter) {
		return doubles[parameter.ordinal()];
	}

	public int getInt(RuleParameter parameter) {
		return (int) Math.round(doubles[parameter.ordinal()]);
	}

	public BigDecimal exact(RuleParameter parameter) {
		return values[parameter.ordinal()];
	}

	/** A percentage parameter as a fraction (50 % → 0.5). */
	public double fraction(RuleParameter parameter) {
		return doubles[parameter.ordinal()] / 100.0;
	}

	public Map<RuleParameter, BigDecimal> values() {
		Map<RuleParameter, BigDecimal> map = new EnumMap<>(RuleParameter.class);
		for (RuleParameter parameter : PARAMETERS) {
			map.put(parameter, values[parameter.ordinal()]);
		}
		return Collections.unmodifiableMap(map);
	}

	/** The same values under another version number. */
	public RuleSet withVersion(int newVersion) {
		return of(newVersion, values());
	}

	/** Whether both rule sets hold the same numbers, whatever their versions. */
	public boolean sameValuesAs(RuleSet other) {
		for (int i = 0; i < values.length; i++) {
			if (values[i].compareTo(other.values[i]) != 0) {
				return false;
			}
		}
		return true;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RuleSet that && that.version == version && sameValuesAs(that);
	}

	@Override
	public int hashCode() {
		return 31 * version + Arrays.hashCode(doubles);
	}

	@Override
	public String toString() {
		return "RuleSet v" + version;
	}

}
