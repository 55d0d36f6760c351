package org.bonetrack.exercise.internal.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.bonetrack.exercise.ExerciseType;

/**
 * BoneTrack's reading of the exercise names Strong and Hevy use ("Squat (Barbell)", "Running
 * (Treadmill)", "Bulgarian Split Squat" …). The equipment in brackets does not change what an
 * exercise does to bone, so a name is looked up whole first, then without its brackets.
 */
final class ExerciseNames {

	private static final Pattern BRACKETS = Pattern.compile("\\s*\\([^)]*\\)");

	private static final Pattern SPACES = Pattern.compile("[\\s\\-_]+");

	private static final Map<String, Target> KNOWN = new HashMap<>();

	static {
		lift("squat", "squat", "squats", "back squat", "front squat", "goblet squat", "box squat", "hack squat",
				"sumo squat", "pause squat", "zercher squat", "safety bar squat", "belt squat", "overhead squat",
				"bodyweight squat", "air squat", "wall ball", "thruster");
		lift("deadlift", "deadlift", "deadlifts", "romanian deadlift", "rdl", "stiff leg deadlift",
				"straight leg deadlift", "sumo deadlift", "trap bar deadlift", "hex bar deadlift", "deficit deadlift",
				"single leg romanian deadlift", "rack pull", "good morning");
		lift("overhead-press", "overhead press", "shoulder press", "military press", "strict press",
				"seated overhead press", "seated shoulder press", "standing overhead press", "seated military press",
				"arnold press", "push press", "landmine press");
		lift("bench-press", "bench press", "incline bench press", "decline bench press", "close grip bench press",
				"floor press", "chest press", "incline chest press", "dumbbell press");
		lift("row", "row", "rows", "bent over row", "bent over one arm row", "one arm row", "dumbbell row",
				"seated row", "seated cable row", "cable row", "t bar row", "pendlay row", "inverted row",
				"chest supported row", "machine row", "renegade row", "yates row");
		lift("lunge", "lunge", "lunges", "walking lunge", "walking lunges", "reverse lunge", "forward lunge",
				"lateral lunge", "side lunge", "curtsy lunge", "split squat", "bulgarian split squat");
		lift("step-up", "step up", "step ups", "box step up", "lateral step up", "weighted step up");
		lift("push-up", "push up", "push ups", "pushup", "pushups", "incline push up", "knee push up",
				"decline push up", "press up", "press ups");
		lift("jumping-chin-up", "jumping chin up", "jumping chin ups", "jumping pull up", "jumping pull ups");
		lift("leg-press", "leg press", "single leg press", "horizontal leg press", "vertical leg press");
		lift("hip-thrust", "hip thrust", "hip thrusts", "glute bridge", "hip bridge", "single leg hip thrust",
				"single leg glute bridge");
		lift("calf-raise", "calf raise", "calf raises", "standing calf raise", "seated calf raise", "calf press",
				"single leg calf raise", "calf press on leg press");
		lift("back-extension", "back extension", "back extensions", "hyperextension", "back hyperextension",
				"reverse hyperextension", "superman");
		lift("lat-pulldown", "lat pulldown", "lat pull down", "pulldown", "close grip lat pulldown",
				"wide grip lat pulldown");
		lift("farmers-carry", "farmers walk", "farmer's walk", "farmer walk", "farmers carry", "farmer's carry",
				"suitcase carry");

		impact("counter-movement-jump", "jump squat", "jump squats", "squat jump", "squat jumps",
				"countermovement jump", "counter movement jump", "counter movement jumps", "vertical jump", "box jump",
				"box jumps", "tuck jump", "tuck jumps", "broad jump");
		impact("hops", "hops", "hop", "hopping", "pogo hops", "pogo jumps", "pogos", "jumping jacks", "jumping jack",
				"star jumps", "low jumps", "skater hops");
		impact("drop-jump", "drop jump", "drop jumps", "depth jump", "depth jumps");
		impact("stamps", "stamps", "stomps", "stomping", "stamping");
		impact("skipping", "jump rope", "skipping", "skipping rope", "rope skipping", "jumping rope", "double unders",
				"double under");
		impact("jogging", "running", "run", "jogging", "jog", "treadmill running", "trail running", "outdoor run",
				"indoor run", "sprints", "sprint");
		impact("high-impact-aerobics", "aerobics", "high impact aerobics", "plyometrics");
		impact("dancing", "dance", "dancing", "zumba");
		impact("step-aerobics", "step aerobics");
		impact("tennis", "tennis");
		impact("brisk-walking", "brisk walk", "brisk walking", "power walk", "power walking");

		cardio(ExerciseType.WALK, "walking", "walk", "hiking", "hike", "treadmill walking", "incline walk",
				"treadmill", "rucking", "nordic walking");
		cardio(ExerciseType.CYCLE, "cycling", "cycle", "bike", "biking", "indoor cycling", "spin", "spinning",
				"stationary bike", "assault bike", "air bike", "spin bike", "exercise bike");
		cardio(ExerciseType.SWIM, "swimming", "swim", "aqua jogging");
		cardio(ExerciseType.OTHER, "rowing", "rowing machine", "rower", "ergometer", "elliptical",
				"elliptical trainer", "cross trainer", "stair climber", "stairmaster", "stair master", "stepmill",
				"ski erg", "skierg", "yoga", "pilates", "tai chi", "stretching", "battle ropes");

		// Names of Strong's German and French exports.
		lift("squat", "kniebeuge", "kniebeugen");
		lift("deadlift", "kreuzheben", "soulevé de terre", "souleve de terre");
		lift("bench-press", "bankdrücken", "développé couché", "developpe couche");
		lift("overhead-press", "schulterdrücken", "überkopfdrücken", "développé militaire", "developpe militaire");
		lift("row", "rudern", "vorgebeugtes rudern", "rowing barre", "rowing haltère");
		lift("lunge", "ausfallschritt", "ausfallschritte", "fentes", "fente");
		lift("push-up", "liegestütz", "liegestütze", "pompes", "pompe");
		lift("leg-press", "beinpresse", "presse à cuisses");
		lift("calf-raise", "wadenheben", "extension des mollets", "mollets");
		lift("hip-thrust", "hüftheben", "hip thrust");
		impact("jogging", "laufen", "joggen", "course à pied", "course");
		impact("skipping", "seilspringen", "corde à sauter");
		cardio(ExerciseType.WALK, "gehen", "wandern", "marche", "randonnée");
		cardio(ExerciseType.CYCLE, "radfahren", "fahrrad", "vélo", "velo");
		cardio(ExerciseType.SWIM, "schwimmen", "natation");

		// Holds are timed, without reps: they are left out as such, or kept as sets when logged with reps.
		for (String hold : List.of("plank", "side plank", "wall sit", "dead hang", "hollow hold", "l sit",
				"hollow body hold", "bird dog", "dead bug", "unterarmstütz", "planke", "seitstütz", "gainage",
				"planche", "gainage latéral")) {
			KNOWN.put(normalize(hold), Target.CUSTOM);
		}
	}

	private ExerciseNames() {
	}

	/** How a name is compared: lower case, single spaces, hyphens and underscores as spaces. */
	static String normalize(String name) {
		return SPACES.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/** BoneTrack's own mapping of the name, if it knows it. */
	static Optional<Target> known(String vendorName) {
		String name = normalize(vendorName);
		Target whole = KNOWN.get(name);
		if (whole != null) {
			return Optional.of(whole);
		}
		String base = normalize(BRACKETS.matcher(vendorName).replaceAll(" "));
		return Optional.ofNullable(KNOWN.get(base));
	}

	private static void lift(String key, String... names) {
		for (String name : names) {
			KNOWN.put(normalize(name), Target.lift(key));
		}
	}

	private static void impact(String key, String... names) {
		for (String name : names) {
			KNOWN.put(normalize(name), Target.impact(key));
		}
	}

	private static void cardio(ExerciseType type, String... names) {
		for (String name : names) {
			KNOWN.put(normalize(name), Target.cardio(type));
		}
	}

}
