package org.bonetrack.scoring;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.bonetrack.guidance.RuleParameter;
import org.bonetrack.guidance.RuleSet;
import org.bonetrack.scoring.rules.Criterion;
import org.bonetrack.scoring.rules.ExerciseSession;
import org.bonetrack.scoring.rules.FindingStatus;
import org.bonetrack.scoring.rules.NutritionDay;
import org.bonetrack.scoring.rules.PatientContext;
import org.bonetrack.scoring.rules.ScoringEngine;
import org.bonetrack.scoring.rules.WeekData;
import org.bonetrack.scoring.rules.WeeklyScore;
import org.bonetrack.scoring.rules.WorkSet;
import org.bonetrack.shared.IsoWeek;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message a finding or a rule parameter can need exists and formats with its arguments. */
class FindingMessagesTests {

	private final ResourceBundleMessageSource messages = source();

	private static ResourceBundleMessageSource source() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/scoring", "i18n/guidance");
		source.setDefaultEncoding("UTF-8");
		source.setUseCodeAsDefaultMessage(false);
		source.setFallbackToSystemLocale(false);
		return source;
	}

	@Property(tries = 300)
	void everyFindingMessageResolvesWithItsArguments(@ForAll boolean lowImpact, @ForAll boolean weighed,
			@ForAll boolean inProgress, @ForAll("days") int strengthDays, @ForAll("days") int loggedDays,
			@ForAll("calcium") int calcium) {
		IsoWeek week = IsoWeek.parse("2026-W30");
		WeekData.Builder builder = WeekData.builder(week).today(inProgress ? week.monday().plusDays(3) : null);
		for (int day = 1; day <= strengthDays; day++) {
			builder.session(day, ExerciseSession.resistance(null, 30, 8, java.util.Collections.nCopies(6, WorkSet.working(5, 40))));
			builder.session(day, ExerciseSession.of(org.bonetrack.scoring.rules.ExerciseType.WALK, null, 30));
		}
		for (int day = 1; day <= loggedDays; day++) {
			builder.nutrition(day, NutritionDay.of(calcium, 120, 50, 300, 400, 100, 40));
		}
		WeeklyScore score = ScoringEngine.score(builder.build(),
				new PatientContext(weighed ? 62.0 : null, lowImpact, java.time.ZoneId.of("UTC")), RuleSet.initial());

		score.findings().forEach(finding -> {
			String text = messages.getMessage(finding.messageKey(), finding.messageArgs().toArray(), Locale.ENGLISH);
			assertThat(text).isNotBlank().doesNotContain("{");
		});
	}

	@net.jqwik.api.Provide
	net.jqwik.api.Arbitrary<Integer> days() {
		return net.jqwik.api.Arbitraries.integers().between(0, 7);
	}

	@net.jqwik.api.Provide
	net.jqwik.api.Arbitrary<Integer> calcium() {
		return net.jqwik.api.Arbitraries.integers().between(0, 3000);
	}

	@Test
	void everyCriterionStatusAndRuleParameterHasItsLabels() {
		Set<String> missing = new HashSet<>();
		for (Criterion criterion : Criterion.values()) {
			check("score.criterion." + criterion.name(), missing);
		}
		for (FindingStatus status : FindingStatus.values()) {
			check("score.status." + status.name(), missing);
		}
		for (RuleParameter parameter : RuleParameter.values()) {
			check("rule." + parameter.key(), missing);
			check("rule." + parameter.key() + ".source", missing);
		}
		for (RuleParameter.Group group : RuleParameter.Group.values()) {
			check("rule.group." + group.name(), missing);
		}
		assertThat(missing).isEmpty();
	}

	private void check(String key, Set<String> missing) {
		try {
			messages.getMessage(key, null, Locale.ENGLISH);
		}
		catch (org.springframework.context.NoSuchMessageException ex) {
			missing.add(key);
		}
	}

}
