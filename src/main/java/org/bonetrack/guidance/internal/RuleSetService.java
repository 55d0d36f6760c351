package org.bonetrack.guidance.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bonetrack.guidance.RuleSet;
import org.bonetrack.guidance.RuleSetPublished;
import org.bonetrack.guidance.RuleSetSummary;
import org.bonetrack.shared.RecordNotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rule set versions: the current (latest published) one, and the single draft an admin prepares,
 * validates, previews and publishes. Publishing announces {@link RuleSetPublished}.
 */
@Service
public class RuleSetService {

	private final RuleSetRepository ruleSets;

	private final CurrentRuleSetCache cache;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RuleSetService(RuleSetRepository ruleSets, CurrentRuleSetCache cache, ApplicationEventPublisher events,
			Clock clock) {
		this.ruleSets = ruleSets;
		this.cache = cache;
		this.events = events;
		this.clock = clock;
	}

	/** The rule set in force (cached; see {@link CurrentRuleSetCache}). */
	public RuleSet current() {
		return cache.get(this::loadCurrent);
	}

	@Transactional(readOnly = true)
	public RuleSetSummary currentSummary() {
		return summary(ruleSets.findFirstByStatusOrderByNumberDesc(RuleSetEntity.Status.PUBLISHED)
			.orElseThrow(() -> new IllegalStateException("No published rule set: migration V40 seeds version 1")));
	}

	@Transactional(readOnly = true)
	public RuleSet version(int number) {
		return ruleSets.findByNumberAndStatus(number, RuleSetEntity.Status.PUBLISHED)
			.map(RuleSetEntity::toRuleSet)
			.orElseThrow(() -> RecordNotFoundException.of("Rule set", number));
	}

	@Transactional(readOnly = true)
	public List<RuleSetSummary> published() {
		return ruleSets.findByStatusOrderByNumberDesc(RuleSetEntity.Status.PUBLISHED).stream().map(this::summary).toList();
	}

	@Transactional(readOnly = true)
	public Optional<RuleSetSummary> draft() {
		return ruleSets.findFirstByStatusOrderByNumberDesc(RuleSetEntity.Status.DRAFT).map(this::summary);
	}

	/** Starts the next version from the current values; if a draft exists already, that one. */
	@Transactional
	public RuleSetSummary startDraft(long adminId, String adminName) {
		Optional<RuleSetEntity> existing = ruleSets.findFirstByStatusOrderByNumberDesc(RuleSetEntity.Status.DRAFT);
		if (existing.isPresent()) {
			return summary(existing.get());
		}
		RuleSet current = loadCurrent();
		try {
			return summary(ruleSets.saveAndFlush(
					RuleSetEntity.draftFrom(current, current.version() + 1, adminId, adminName, clock.instant())));
		}
		catch (DataIntegrityViolationException ex) {
			// another admin started one at the same moment: the database allows a single draft
			throw new ObjectOptimisticLockingFailureException(RuleSetEntity.class, "draft");
		}
	}

	/** Checks the values without saving anything; the result carries the draft's version number. */
	@Transactional(readOnly = true)
	public RuleSet validate(Map<String, String> values) {
		int number = ruleSets.findFirstByStatusOrderByNumberDesc(RuleSetEntity.Status.DRAFT)
			.map(RuleSetEntity::getNumber)
			.orElseGet(() -> loadCurrent().version() + 1);
		return RuleSetValidator.parse(values, number);
	}

	/**
	 * Saves the draft's values if every one is valid (otherwise nothing is saved). Refused when the
	 * draft changed since the admin loaded it ({@code lockVersion}).
	 */
	@Transactional
	public RuleSetSummary saveDraft(long lockVersion, Map<String, String> values, long adminId, String adminName) {
		RuleSetEntity draft = draftAt(lockVersion);
		draft.replaceValues(RuleSetValidator.parse(values, draft.getNumber()), adminId, adminName, clock.instant());
		return summary(ruleSets.saveAndFlush(draft));
	}

	/** Saves the values and publishes the draft in one go; it becomes the current rule set. */
	@Transactional
	public RuleSet publish(long lockVersion, Map<String, String> values, long adminId, String adminName) {
		RuleSetEntity draft = draftAt(lockVersion);
		RuleSet rules = RuleSetValidator.parse(values, draft.getNumber());
		draft.replaceValues(rules, adminId, adminName, clock.instant());
		draft.publish(adminId, adminName, clock.instant());
		ruleSets.saveAndFlush(draft);
		events.publishEvent(new RuleSetPublished(draft.getNumber()));
		return rules;
	}

	@Transactional
	public void discardDraft(long lockVersion) {
		ruleSets.delete(draftAt(lockVersion));
	}

	private RuleSetEntity draftAt(long lockVersion) {
		RuleSetEntity draft = ruleSets.findFirstByStatusOrderByNumberDesc(RuleSetEntity.Status.DRAFT)
			.orElseThrow(() -> new ObjectOptimisticLockingFailureException(RuleSetEntity.class, "draft"));
		if (draft.getVersion() != lockVersion) {
			throw new ObjectOptimisticLockingFailureException(RuleSetEntity.class, draft.getId());
		}
		return draft;
	}

	private RuleSet loadCurrent() {
		return ruleSets.findFirstByStatusOrderByNumberDesc(RuleSetEntity.Status.PUBLISHED)
			.map(RuleSetEntity::toRuleSet)
			.orElseThrow(() -> new IllegalStateException("No published rule set: migration V40 seeds version 1"));
	}

	private RuleSetSummary summary(RuleSetEntity entity) {
		return new RuleSetSummary(entity.toRuleSet(), entity.getStatus() == RuleSetEntity.Status.DRAFT,
				entity.getUpdatedByName(), entity.getUpdatedAt(), entity.getPublishedAt(), entity.getVersion());
	}

}
