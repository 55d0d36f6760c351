package org.bonetrack.exercise.internal.imports;

import java.util.Locale;

import org.bonetrack.exercise.ExerciseType;
import org.jspecify.annotations.Nullable;

/**
 * What an exporter's exercise name becomes in BoneTrack: sets of a catalogue exercise, sets of
 * the patient's own exercise, an impact activity, a cardio session of some type, or nothing.
 * Written as a short code in forms and in the remembered choices ({@code lift:squat},
 * {@code custom}, {@code impact:hops}, {@code cardio:WALK}, {@code skip}).
 */
public record Target(Kind kind, @Nullable String key, @Nullable ExerciseType type) {

	public enum Kind {

		LIFT, CUSTOM, IMPACT, CARDIO, SKIP

	}

	public static final Target CUSTOM = new Target(Kind.CUSTOM, null, null);

	public static final Target SKIP = new Target(Kind.SKIP, null, null);

	public static Target lift(String key) {
		return new Target(Kind.LIFT, key, null);
	}

	public static Target impact(String key) {
		return new Target(Kind.IMPACT, key, null);
	}

	public static Target cardio(ExerciseType type) {
		return new Target(Kind.CARDIO, null, type);
	}

	public String code() {
		return switch (kind) {
			case LIFT -> "lift:" + key;
			case IMPACT -> "impact:" + key;
			case CARDIO -> "cardio:" + type.name();
			case CUSTOM -> "custom";
			case SKIP -> "skip";
		};
	}

	/** The target a code names, or null for anything unknown. */
	public static @Nullable Target parse(@Nullable String code) {
		if (code == null) {
			return null;
		}
		String value = code.strip();
		if (value.equals("custom")) {
			return CUSTOM;
		}
		if (value.equals("skip")) {
			return SKIP;
		}
		int colon = value.indexOf(':');
		if (colon < 0) {
			return null;
		}
		String rest = value.substring(colon + 1);
		return switch (value.substring(0, colon)) {
			case "lift" -> rest.isEmpty() ? null : lift(rest);
			case "impact" -> rest.isEmpty() ? null : impact(rest);
			case "cardio" -> {
				try {
					ExerciseType type = ExerciseType.valueOf(rest.toUpperCase(Locale.ROOT));
					yield type.needsDuration() && type != ExerciseType.WEIGHTED_VEST_WALK ? cardio(type) : null;
				}
				catch (IllegalArgumentException ex) {
					yield null;
				}
			}
			default -> null;
		};
	}

}
