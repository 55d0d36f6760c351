package org.bonetrack.scoring.web;

import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.guidance.Audience;
import org.bonetrack.guidance.Guidance;
import org.bonetrack.scoring.WeekScore;
import org.bonetrack.scoring.WeeklyScores;
import org.bonetrack.shared.IsoWeek;
import org.bonetrack.shared.RecordNotFoundException;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The patient's weekly scores: the list with its trend, and one week's findings explained. */
@Controller
class ScoresController {

	static final int WEEKS_PER_PAGE = 26;

	private final WeeklyScores scores;

	private final Guidance guidance;

	private final FindingMessages messages;

	ScoresController(WeeklyScores scores, Guidance guidance, FindingMessages messages) {
		this.scores = scores;
		this.guidance = guidance;
		this.messages = messages;
	}

	@GetMapping("/me/scores")
	String list(@AuthenticationPrincipal AuthenticatedUser patient, @RequestParam(defaultValue = "0") int page,
			Model model) {
		int pageNumber = Math.max(0, page);
		IsoWeek current = scores.currentWeek(patient.id());
		IsoWeek to = current.minusWeeks((long) pageNumber * WEEKS_PER_PAGE);
		IsoWeek from = to.minusWeeks(WEEKS_PER_PAGE - 1L);
		List<WeekScore> weeks = scores.weeks(patient.id(), from, to);
		long historyWeeks = scores.firstWeek(patient.id())
			.map(first -> java.time.temporal.ChronoUnit.WEEKS.between(first.monday(), current.monday()) + 1)
			.orElse(1L);
		model.addAttribute("current", current);
		model.addAttribute("thisWeek", weeks.stream().filter(WeekScore::inProgress).findFirst().orElse(null));
		model.addAttribute("weeks", weeks);
		model.addAttribute("page", new PageImpl<>(weeks, PageRequest.of(pageNumber, WEEKS_PER_PAGE),
				Math.max(historyWeeks, weeks.size())));
		return "scoring/scores";
	}

	@GetMapping("/me/scores/{isoWeek}")
	String week(@AuthenticationPrincipal AuthenticatedUser patient, @PathVariable String isoWeek, Locale locale,
			Model model) {
		IsoWeek week = parse(isoWeek);
		WeekScore score = scores.week(patient.id(), week);
		model.addAttribute("score", score);
		model.addAttribute("findings", messages.views(score.findings(), locale, guidance.titles(Audience.PATIENT)));
		model.addAttribute("previous", week.previous());
		model.addAttribute("next", score.inProgress() ? null : week.next());
		return "scoring/week";
	}

	/** A malformed week is a page that does not exist. */
	static IsoWeek parse(String isoWeek) {
		try {
			return IsoWeek.parse(isoWeek);
		}
		catch (DateTimeParseException ex) {
			throw RecordNotFoundException.of("Week", isoWeek);
		}
	}

}
