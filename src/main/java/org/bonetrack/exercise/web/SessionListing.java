package org.bonetrack.exercise.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bonetrack.exercise.ExerciseType;
import org.bonetrack.exercise.internal.ExerciseSessions;
import org.bonetrack.exercise.internal.StoredSession;
import org.bonetrack.exercise.internal.WeekTotals;
import org.bonetrack.shared.IsoWeek;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;

/** A page of sessions, newest first, under the headings of their ISO weeks with whole-week totals. */
final class SessionListing {

	static final int PAGE_SIZE = 20;

	private SessionListing() {
	}

	static List<SessionPresenter.WeekGroup> groups(Page<StoredSession> page, long patientId,
			@Nullable ExerciseType type, ExerciseSessions sessions, SessionPresenter presenter) {
		if (page.isEmpty()) {
			return List.of();
		}
		List<StoredSession> content = page.getContent();
		IsoWeek newest = IsoWeek.of(content.get(0).session().date());
		IsoWeek oldest = IsoWeek.of(content.get(content.size() - 1).session().date());
		Map<IsoWeek, WeekTotals> totals = sessions.weekTotals(patientId, oldest, newest, type);
		Map<IsoWeek, List<SessionPresenter.Row>> byWeek = new LinkedHashMap<>();
		for (StoredSession session : content) {
			byWeek.computeIfAbsent(IsoWeek.of(session.session().date()), week -> new ArrayList<>())
				.add(presenter.row(session));
		}
		return byWeek.entrySet()
			.stream()
			.map(entry -> new SessionPresenter.WeekGroup(entry.getKey(), SessionPresenter.weekHeading(entry.getKey()),
					SessionPresenter.weekTotals(totals.get(entry.getKey())), entry.getValue()))
			.toList();
	}

	static @Nullable ExerciseType type(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		for (ExerciseType type : ExerciseType.values()) {
			if (type.name().equalsIgnoreCase(text.trim())) {
				return type;
			}
		}
		return null;
	}

}
