package org.bonetrack.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The days a batch read asks for: per patient, runs of consecutive days that do not overlap, sent
 * to PostgreSQL as parallel arrays and joined with {@code unnest}, so each run is one index range
 * on (patient, date). Weeks next to each other become one run: a patient's contiguous history is
 * one range, while weeks a year apart never read the year between them.
 */
public final class DaySpans {

	/** From {@code first} to {@code last}, both included. */
	public record Span(long patientId, LocalDate first, LocalDate last) {
	}

	private final List<Span> spans;

	private DaySpans(List<Span> spans) {
		this.spans = List.copyOf(spans);
	}

	/** The weeks of each patient, in patient then date order; patients without weeks ask for nothing. */
	public static DaySpans ofWeeks(Map<Long, ? extends Collection<IsoWeek>> weeksByPatient) {
		List<Span> spans = new ArrayList<>();
		new TreeMap<>(weeksByPatient).forEach((patientId, weeks) -> {
			Span run = null;
			for (IsoWeek week : new TreeSet<>(weeks)) {
				if (run != null && run.last().plusDays(1).equals(week.monday())) {
					run = new Span(patientId, run.first(), week.sunday());
				}
				else {
					if (run != null) {
						spans.add(run);
					}
					run = new Span(patientId, week.monday(), week.sunday());
				}
			}
			if (run != null) {
				spans.add(run);
			}
		});
		return new DaySpans(spans);
	}

	/** The same days for each patient; nothing if the range ends before it starts. */
	public static DaySpans ofRange(Collection<Long> patientIds, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return new DaySpans(List.of());
		}
		return new DaySpans(new LinkedHashSet<>(patientIds).stream().map(id -> new Span(id, from, to)).toList());
	}

	public List<Span> spans() {
		return spans;
	}

	public boolean isEmpty() {
		return spans.isEmpty();
	}

	/** For {@code cast(:patients as bigint[])}. */
	public Long[] patients() {
		return spans.stream().map(Span::patientId).toArray(Long[]::new);
	}

	/** For {@code cast(:firstDays as date[])}: dates go as text, the driver has no date-array binding. */
	public String[] firstDays() {
		return spans.stream().map(span -> span.first().toString()).toArray(String[]::new);
	}

	/** For {@code cast(:lastDays as date[])}. */
	public String[] lastDays() {
		return spans.stream().map(span -> span.last().toString()).toArray(String[]::new);
	}

	@Override
	public String toString() {
		return spans.toString();
	}

}
