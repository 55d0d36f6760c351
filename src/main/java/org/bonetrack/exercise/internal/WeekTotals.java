package org.bonetrack.exercise.internal;

import org.bonetrack.shared.IsoWeek;

/** What a patient did in one ISO week, for the headings of the sessions list. */
public record WeekTotals(IsoWeek week, int sessions, int resistanceDays, int workingSets, int impacts, int minutes) {
}
