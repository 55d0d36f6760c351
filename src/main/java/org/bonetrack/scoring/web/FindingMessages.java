package org.bonetrack.scoring.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bonetrack.guidance.ArticleSlugs;
import org.bonetrack.scoring.rules.Finding;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves findings' message keys and arguments (i18n/scoring.properties) for a reader. */
@Component
class FindingMessages {

	private final MessageSource messages;

	FindingMessages(MessageSource messages) {
		this.messages = messages;
	}

	List<FindingView> views(List<Finding> findings, Locale locale, Map<String, String> articleTitles) {
		return findings.stream()
			.map(finding -> new FindingView(finding.criterion(),
					messages.getMessage("score.criterion." + finding.criterion().name(), null,
							finding.criterion().name(), locale),
					finding.status(),
					messages.getMessage("score.status." + finding.status().name(), null, finding.status().name(),
							locale),
					finding.value(), finding.target(), finding.criterion().unit(),
					messages.getMessage(finding.messageKey(), finding.messageArgs().toArray(), finding.messageKey(),
							locale),
					ArticleSlugs.path(finding.guidance()), articleTitles.get(finding.guidance())))
			.toList();
	}

}
