package org.bonetrack.nutrition.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.bonetrack.nutrition.Nutrient;
import org.bonetrack.nutrition.NutritionDayChanged;
import org.bonetrack.nutrition.internal.EntryInput.FoodInput;
import org.bonetrack.nutrition.internal.EntryInput.ManualInput;
import org.bonetrack.nutrition.internal.EntryInput.NutrientInput;
import org.bonetrack.nutrition.internal.EntryInput.SupplementInput;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.InvalidInputException.FieldProblem;
import org.bonetrack.shared.RecordNotFoundException;
import org.bonetrack.shared.VitaminDUnit;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logging, changing and removing nutrition entries, with their rules. Every problem is reported
 * at once, per field, and nothing is saved while any remains. Each change publishes
 * {@link NutritionDayChanged} for every day it touched.
 */
@Service
public class NutritionEntries {

	private final NutritionEntryRepository entries;

	private final NutritionReads reads;

	private final FoodCatalogue foods;

	private final SupplementPresets supplements;

	private final Patients patients;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NutritionEntries(NutritionEntryRepository entries, NutritionReads reads, FoodCatalogue foods,
			SupplementPresets supplements, Patients patients, JdbcClient jdbc, ApplicationEventPublisher events,
			Clock clock) {
		this.entries = entries;
		this.reads = reads;
		this.foods = foods;
		this.supplements = supplements;
		this.patients = patients;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public EntryView add(long patientId, @Nullable LocalDate date, EntryInput input) {
		List<FieldProblem> problems = new ArrayList<>();
		checkDate(patientId, date, problems);
		NutritionEntryEntity entry = new NutritionEntryEntity(patientId, clock.instant());
		apply(entry, date, input, null, problems);
		entries.saveAndFlush(entry);
		events.publishEvent(new NutritionDayChanged(patientId, date));
		return reads.entry(patientId, entry.getId()).orElseThrow();
	}

	/**
	 * Replaces an entry's content (and date). {@code version}, when given, must be the one the
	 * caller read; otherwise someone changed the entry meanwhile and nothing is overwritten.
	 */
	@Transactional
	public EntryView update(long patientId, long entryId, @Nullable Long version, @Nullable LocalDate date,
			EntryInput input) {
		NutritionEntryEntity entry = owned(patientId, entryId);
		if (entry.getKind() == EntryKind.IMPORTED) {
			throw InvalidInputException.of("source", "nutrition.entry.imported");
		}
		if (version != null && version != entry.getVersion()) {
			throw new OptimisticLockingFailureException("Nutrition entry " + entryId + " was changed meanwhile");
		}
		LocalDate previousDate = entry.getEatenOn();
		List<FieldProblem> problems = new ArrayList<>();
		checkDate(patientId, date, problems);
		apply(entry, date, input, entry, problems);
		entries.flush();
		events.publishEvent(new NutritionDayChanged(patientId, previousDate));
		if (!previousDate.equals(date)) {
			events.publishEvent(new NutritionDayChanged(patientId, date));
		}
		return reads.entry(patientId, entryId).orElseThrow();
	}

	@Transactional
	public void delete(long patientId, long entryId) {
		NutritionEntryEntity entry = owned(patientId, entryId);
		entries.delete(entry);
		events.publishEvent(new NutritionDayChanged(patientId, entry.getEatenOn()));
	}

	/**
	 * Copies the foods, supplements and hand-entered amounts of one day onto another, e.g. for
	 * repeat meals and daily supplements. Imported entries stay where they are: a later import
	 * of that day would otherwise count them twice. Returns how many entries were copied.
	 */
	@Transactional
	public int copyDay(long patientId, LocalDate from, LocalDate to) {
		List<FieldProblem> problems = new ArrayList<>();
		checkDate(patientId, to, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Timestamp now = Timestamp.from(clock.instant());
		int copied = jdbc.sql("""
				insert into nutrition_entries (patient_id, eaten_on, kind, food_id, grams, portions, supplement_id,
				       servings, label, supplemental, calcium_mg, vitamin_d_ug, vitamin_k_ug, magnesium_mg, epa_dha_mg,
				       protein_g, created_at, updated_at)
				select patient_id, :to, kind, food_id, grams, portions, supplement_id, servings, label, supplemental,
				       calcium_mg, vitamin_d_ug, vitamin_k_ug, magnesium_mg, epa_dha_mg, protein_g, :now, :now
				from nutrition_entries
				where patient_id = :patientId and eaten_on = :from and kind <> 'IMPORTED'
				order by id
				""").param("to", to).param("now", now).param("patientId", patientId).param("from", from).update();
		if (copied > 0) {
			events.publishEvent(new NutritionDayChanged(patientId, to));
		}
		return copied;
	}

	private NutritionEntryEntity owned(long patientId, long entryId) {
		return entries.findByIdAndPatientId(entryId, patientId)
			.orElseThrow(() -> RecordNotFoundException.of("Nutrition entry", entryId));
	}

	private void checkDate(long patientId, @Nullable LocalDate date, List<FieldProblem> problems) {
		if (date == null) {
			problems.add(new FieldProblem("date", "nutrition.date.required"));
		}
		else if (date.isAfter(patients.today(patientId))) {
			problems.add(new FieldProblem("date", "nutrition.date.future"));
		}
		else if (date.isBefore(NutritionLimits.EARLIEST_DATE)) {
			problems.add(new FieldProblem("date", "nutrition.date.tooEarly", NutritionLimits.EARLIEST_DATE));
		}
	}

	/** Validates the input and, when there is no problem at all, writes it into the entry. */
	private void apply(NutritionEntryEntity entry, LocalDate date, EntryInput input,
			@Nullable NutritionEntryEntity existing, List<FieldProblem> problems) {
		if (input instanceof FoodInput food) {
			applyFood(entry, date, food, problems);
		}
		else if (input instanceof SupplementInput supplement) {
			applySupplement(entry, date, supplement, existing, problems);
		}
		else if (input instanceof ManualInput manual) {
			applyManual(entry, date, manual, problems);
		}
	}

	private void applyFood(NutritionEntryEntity entry, LocalDate date, FoodInput input, List<FieldProblem> problems) {
		Food food = null;
		if (input.foodId() == null) {
			problems.add(new FieldProblem("foodId", "nutrition.food.required"));
		}
		else {
			food = foods.find(input.foodId()).orElse(null);
			if (food == null) {
				problems.add(new FieldProblem("foodId", "nutrition.food.unknown"));
			}
		}
		BigDecimal grams = null;
		BigDecimal portions = null;
		if (input.grams() == null && input.portions() == null) {
			problems.add(new FieldProblem("grams", "nutrition.food.amount.required"));
		}
		else if (input.grams() != null && input.portions() != null) {
			problems.add(new FieldProblem("grams", "nutrition.food.amount.both"));
		}
		else if (input.grams() != null) {
			grams = input.grams().setScale(3, RoundingMode.HALF_UP);
			if (grams.signum() <= 0 || grams.compareTo(NutritionLimits.MAX_GRAMS) > 0) {
				problems.add(new FieldProblem("grams", "nutrition.food.grams.range", NutritionLimits.MAX_GRAMS));
			}
		}
		else {
			portions = input.portions().setScale(3, RoundingMode.HALF_UP);
			if (portions.signum() <= 0 || portions.compareTo(NutritionLimits.MAX_PORTIONS) > 0) {
				problems.add(new FieldProblem("portions", "nutrition.food.portions.range", NutritionLimits.MAX_PORTIONS));
			}
			else if (food != null && !food.hasPortion()) {
				problems.add(new FieldProblem("portions", "nutrition.food.portions.none"));
			}
			else if (food != null) {
				grams = portions.multiply(food.portionGrams()).setScale(3, RoundingMode.HALF_UP);
				if (grams.compareTo(NutritionLimits.MAX_GRAMS) > 0) {
					problems.add(new FieldProblem("portions", "nutrition.food.portions.tooMuch", NutritionLimits.MAX_GRAMS));
				}
			}
		}
		failIfAny(problems);
		entry.food(date, food.id(), grams, portions, clock.instant());
	}

	private void applySupplement(NutritionEntryEntity entry, LocalDate date, SupplementInput input,
			@Nullable NutritionEntryEntity existing, List<FieldProblem> problems) {
		boolean sameAsBefore = existing != null && existing.getKind() == EntryKind.SUPPLEMENT
				&& Objects.equals(existing.getSupplementId(), input.supplementId());
		SupplementPreset preset = null;
		if (input.supplementId() == null) {
			problems.add(new FieldProblem("supplementId", "nutrition.supplement.required"));
		}
		else {
			preset = supplements.find(input.supplementId()).orElse(null);
			// a retired preset may stay on the entries that already use it, but is not picked anew
			if (preset == null || (!preset.active() && !sameAsBefore)) {
				problems.add(new FieldProblem("supplementId", "nutrition.supplement.unknown"));
			}
		}
		BigDecimal servings = null;
		if (input.servings() == null) {
			problems.add(new FieldProblem("servings", "nutrition.supplement.servings.required"));
		}
		else {
			servings = input.servings().setScale(2, RoundingMode.HALF_UP);
			if (servings.signum() <= 0 || servings.compareTo(NutritionLimits.MAX_SERVINGS) > 0) {
				problems.add(new FieldProblem("servings", "nutrition.supplement.servings.range",
						NutritionLimits.MAX_SERVINGS));
			}
		}
		failIfAny(problems);
		if (sameAsBefore) {
			// what the patient took stays as it was copied, even if an admin edited the preset since
			entry.changeServings(date, servings, clock.instant());
		}
		else {
			entry.supplement(date, preset.id(), servings, preset.perServing(), clock.instant());
		}
	}

	private void applyManual(NutritionEntryEntity entry, LocalDate date, ManualInput input,
			List<FieldProblem> problems) {
		String label = input.label() == null || input.label().isBlank() ? null : input.label().trim();
		if (label != null && label.length() > NutritionLimits.MAX_LABEL_LENGTH) {
			problems.add(new FieldProblem("label", "nutrition.manual.label.tooLong", NutritionLimits.MAX_LABEL_LENGTH));
		}
		int before = problems.size();
		NutrientAmounts amounts = amounts(input.nutrients(), problems);
		boolean amountsValid = problems.size() == before;
		if (amountsValid && amounts.asMap().values().stream().noneMatch(amount -> amount.signum() > 0)) {
			problems.add(new FieldProblem("nutrients", "nutrition.manual.none"));
		}
		failIfAny(problems);
		entry.manual(date, label, input.fromSupplement(), amounts, clock.instant());
	}

	/** Checks typed amounts against {@link NutritionLimits}; field names are the input's own. */
	static NutrientAmounts amounts(NutrientInput input, List<FieldProblem> problems) {
		BigDecimal vitaminD = null;
		if (input.vitaminDUg() != null && input.vitaminDIu() != null) {
			problems.add(new FieldProblem("vitaminDIu", "nutrition.manual.vitaminD.both"));
		}
		else if (input.vitaminDIu() != null) {
			vitaminD = checked("vitaminDIu", input.vitaminDIu(), Nutrient.VITAMIN_D, VitaminDUnit.IU, problems);
		}
		else if (input.vitaminDUg() != null) {
			vitaminD = checked("vitaminDUg", input.vitaminDUg(), Nutrient.VITAMIN_D, VitaminDUnit.UG, problems);
		}
		return new NutrientAmounts(checked("calciumMg", input.calciumMg(), Nutrient.CALCIUM, null, problems), vitaminD,
				checked("vitaminKUg", input.vitaminKUg(), Nutrient.VITAMIN_K, null, problems),
				checked("magnesiumMg", input.magnesiumMg(), Nutrient.MAGNESIUM, null, problems),
				checked("epaDhaMg", input.epaDhaMg(), Nutrient.EPA_DHA, null, problems),
				checked("proteinG", input.proteinG(), Nutrient.PROTEIN, null, problems));
	}

	private static @Nullable BigDecimal checked(String field, @Nullable BigDecimal amount, Nutrient nutrient,
			@Nullable VitaminDUnit unit, List<FieldProblem> problems) {
		if (amount == null) {
			return null;
		}
		BigDecimal canonical = unit == null ? amount : unit.toMicrograms(amount);
		BigDecimal max = NutritionLimits.MAX_PER_ENTRY.get(nutrient);
		if (canonical.signum() < 0 || canonical.compareTo(max) > 0) {
			BigDecimal shownMax = unit == null ? max : unit.fromMicrograms(max);
			String shownUnit = unit == null ? nutrient.unit() : unit.symbol();
			problems.add(new FieldProblem(field, "nutrition.manual.range", Amounts.tidy(shownMax), shownUnit));
			return null;
		}
		return canonical.setScale(4, RoundingMode.HALF_UP);
	}

	private static void failIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
