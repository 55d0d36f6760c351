package org.bonetrack.nutrition.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.bonetrack.nutrition.SupplementPresetChanged;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.InvalidInputException.FieldProblem;
import org.bonetrack.shared.RecordNotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supplement presets patients pick from, and their upkeep by admins. A preset is retired
 * rather than deleted, because logged entries refer to it.
 */
@Service
public class SupplementPresets {

	/** Upper bounds per serving, in the columns' units; generous, to catch typing slips only. */
	static final BigDecimal MAX_CALCIUM_MG = BigDecimal.valueOf(2000);

	static final BigDecimal MAX_VITAMIN_D_UG = BigDecimal.valueOf(2500);

	static final BigDecimal MAX_VITAMIN_K_UG = BigDecimal.valueOf(50000);

	static final BigDecimal MAX_MAGNESIUM_MG = BigDecimal.valueOf(1000);

	static final BigDecimal MAX_EPA_OR_DHA_MG = BigDecimal.valueOf(5000);

	static final BigDecimal MAX_PROTEIN_G = BigDecimal.valueOf(100);

	private final SupplementPresetRepository presets;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SupplementPresets(SupplementPresetRepository presets, ApplicationEventPublisher events, Clock clock) {
		this.presets = presets;
		this.events = events;
		this.clock = clock;
	}

	/** The presets patients may choose now, by name. */
	@Transactional(readOnly = true)
	public List<SupplementPreset> active() {
		return presets.findAllByOrderByNameAsc()
			.stream()
			.map(SupplementPresetEntity::toPreset)
			.filter(SupplementPreset::active)
			.toList();
	}

	/** Every preset, retired ones included, by name. */
	@Transactional(readOnly = true)
	public List<SupplementPreset> all() {
		return presets.findAllByOrderByNameAsc().stream().map(SupplementPresetEntity::toPreset).toList();
	}

	@Transactional(readOnly = true)
	public Optional<SupplementPreset> find(long id) {
		return presets.findById(id).map(SupplementPresetEntity::toPreset);
	}

	@Transactional(readOnly = true)
	public Optional<SupplementPreset> findByCode(String code) {
		return presets.findByCode(code).map(SupplementPresetEntity::toPreset);
	}

	@Transactional
	public SupplementPreset create(PresetInput input) {
		SupplementPreset.Content content = validate(input, null);
		SupplementPresetEntity entity = presets.save(new SupplementPresetEntity(uniqueCode(content.name()), content,
				clock.instant()));
		presets.flush();
		events.publishEvent(new SupplementPresetChanged(entity.getId(), content.name(), true));
		return entity.toPreset();
	}

	@Transactional
	public SupplementPreset update(long id, long version, PresetInput input) {
		SupplementPresetEntity entity = presets.findById(id).orElseThrow(() -> RecordNotFoundException.of("Supplement", id));
		if (entity.getVersion() != version) {
			throw new OptimisticLockingFailureException("Supplement preset " + id + " was changed meanwhile");
		}
		SupplementPreset.Content content = validate(input, id);
		entity.apply(content, clock.instant());
		presets.flush();
		events.publishEvent(new SupplementPresetChanged(id, content.name(), false));
		return entity.toPreset();
	}

	private SupplementPreset.Content validate(PresetInput input, @Nullable Long id) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = input.name() == null ? "" : input.name().trim();
		if (name.isEmpty()) {
			problems.add(new FieldProblem("name", "supplement.name.required"));
		}
		else if (name.length() > 100) {
			problems.add(new FieldProblem("name", "supplement.name.tooLong", 100));
		}
		else if (id == null ? presets.existsByNameIgnoreCase(name) : presets.existsByNameIgnoreCaseAndIdNot(name, id)) {
			problems.add(new FieldProblem("name", "supplement.name.taken"));
		}
		String serving = input.serving() == null ? "" : input.serving().trim();
		if (serving.isEmpty()) {
			problems.add(new FieldProblem("serving", "supplement.serving.required"));
		}
		else if (serving.length() > 30) {
			problems.add(new FieldProblem("serving", "supplement.serving.tooLong", 30));
		}
		BigDecimal calcium = amount("calciumMg", input.calciumMg(), MAX_CALCIUM_MG, "mg", problems);
		BigDecimal vitaminD = amount("vitaminDUg", input.vitaminDUg(), MAX_VITAMIN_D_UG, "µg", problems);
		BigDecimal vitaminK = amount("vitaminKUg", input.vitaminKUg(), MAX_VITAMIN_K_UG, "µg", problems);
		BigDecimal magnesium = amount("magnesiumMg", input.magnesiumMg(), MAX_MAGNESIUM_MG, "mg", problems);
		BigDecimal epa = amount("epaMg", input.epaMg(), MAX_EPA_OR_DHA_MG, "mg", problems);
		BigDecimal dha = amount("dhaMg", input.dhaMg(), MAX_EPA_OR_DHA_MG, "mg", problems);
		BigDecimal protein = amount("proteinG", input.proteinG(), MAX_PROTEIN_G, "g", problems);
		if (problems.isEmpty() && calcium.add(vitaminD).add(vitaminK).add(magnesium).add(epa).add(dha).add(protein)
			.signum() == 0) {
			problems.add(new FieldProblem("calciumMg", "supplement.amounts.none"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new SupplementPreset.Content(name, serving, calcium, vitaminD, vitaminK, magnesium, epa, dha, protein,
				input.active());
	}

	private static BigDecimal amount(String field, @Nullable BigDecimal value, BigDecimal max, String unit,
			List<FieldProblem> problems) {
		if (value == null) {
			return BigDecimal.ZERO;
		}
		if (value.signum() < 0 || value.compareTo(max) > 0) {
			problems.add(new FieldProblem(field, "supplement.amount.range", max, unit));
			return BigDecimal.ZERO;
		}
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	private String uniqueCode(String name) {
		String base = Normalizer.normalize(name, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		base = base.isEmpty() ? "supplement" : base.substring(0, Math.min(base.length(), 34)).replaceAll("-+$", "");
		String code = base;
		for (int n = 2; presets.existsByCode(code); n++) {
			code = base + "-" + n;
		}
		return code;
	}

	/** An admin's form or request; empty amounts mean none. */
	public record PresetInput(@Nullable String name, @Nullable String serving, @Nullable BigDecimal calciumMg,
			@Nullable BigDecimal vitaminDUg, @Nullable BigDecimal vitaminKUg, @Nullable BigDecimal magnesiumMg,
			@Nullable BigDecimal epaMg, @Nullable BigDecimal dhaMg, @Nullable BigDecimal proteinG, boolean active) {
	}

}
