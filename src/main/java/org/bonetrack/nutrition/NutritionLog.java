package org.bonetrack.nutrition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bonetrack.nutrition.internal.NutritionReads;
import org.bonetrack.shared.DaySpans;
import org.bonetrack.shared.IsoWeek;

import org.springframework.stereotype.Service;

/**
 * What other modules (scoring, dashboard) may ask about patients' nutrition. Totals are summed
 * from the entries on every call; nothing here is cached or stored twice. Dates are the patient's
 * own calendar dates.
 */
@Service
public class NutritionLog {

	private final NutritionReads reads;

	NutritionLog(NutritionReads reads) {
		this.reads = reads;
	}

	/**
	 * One element per date from {@code from} to {@code to} (both included) that has at least one
	 * entry, in date order; dates without entries are left out.
	 */
	public List<DailyNutrition> days(long patientId, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The range ends (" + to + ") before it starts (" + from + ")");
		}
		return reads.days(patientId, from, to);
	}

	public Optional<DailyNutrition> day(long patientId, LocalDate date) {
		return reads.days(patientId, date, date).stream().findFirst();
	}

	/** The latest date with an entry, for each of the patients who has one; one query. */
	public Map<Long, LocalDate> lastLoggedOn(Collection<Long> patientIds) {
		return reads.lastLoggedOn(patientIds);
	}

	/**
	 * For each of these patients, one element per date from {@code from} to {@code to} (both
	 * included) that has entries, in date order; one query; patients without any are absent.
	 */
	public Map<Long, List<DailyNutrition>> days(Collection<Long> patientIds, LocalDate from, LocalDate to) {
		return reads.days(patientIds, from, to);
	}

	/**
	 * For each patient, her days with entries in exactly the weeks asked for her (never the weeks
	 * between them), in date order; one query; patients without any are absent.
	 */
	public Map<Long, List<DailyNutrition>> days(Map<Long, ? extends Collection<IsoWeek>> weeksByPatient) {
		return reads.days(DaySpans.ofWeeks(weeksByPatient));
	}

	/** The earliest date with an entry, for each of the patients who has one; one query. */
	public Map<Long, LocalDate> firstLoggedOn(Collection<Long> patientIds) {
		return reads.firstLoggedOn(patientIds);
	}

	/** Which of these patients logged a supplement with vitamin K on or after the date; one query. */
	public Set<Long> vitaminKSupplementSince(Collection<Long> patientIds, LocalDate from) {
		return reads.vitaminKSupplementSince(patientIds, from);
	}

}
