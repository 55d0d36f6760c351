package org.bonetrack.scoring.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.bonetrack.shared.IsoWeek;

/**
 * Where the engine's input comes from: the one seam between scoring and the modules that hold a
 * patient's logs. Implementations read the other modules' facades, turn their views into
 * {@link org.bonetrack.scoring.rules.WeekData} and
 * {@link org.bonetrack.scoring.rules.PatientContext}, and never write anything.
 */
public interface WeekDataSource {

	/**
	 * The inputs for the given weeks of one patient, in her own calendar. The week containing her
	 * today is marked in progress; callers do not ask for later weeks.
	 */
	PatientWeeks load(long patientId, Collection<IsoWeek> weeks);

	/** The same for several patients at once (recomputation works in chunks of patients). */
	default Map<Long, PatientWeeks> load(Map<Long, ? extends Collection<IsoWeek>> weeksByPatient) {
		Map<Long, PatientWeeks> loaded = new LinkedHashMap<>();
		weeksByPatient.forEach((patientId, weeks) -> loaded.put(patientId, load(patientId, weeks)));
		return loaded;
	}

	/** The first day the patient has any data, where her weekly history starts; empty if none yet. */
	Optional<LocalDate> firstActivity(long patientId);

	/** The first day of each patient's data, for many patients; patients without any are absent. */
	default Map<Long, LocalDate> firstActivity(java.util.Collection<Long> patientIds) {
		Map<Long, LocalDate> first = new HashMap<>();
		for (long patientId : patientIds) {
			firstActivity(patientId).ifPresent(date -> first.put(patientId, date));
		}
		return first;
	}

	static LocalDate earlier(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
