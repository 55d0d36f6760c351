package org.bonetrack.nutrition.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bonetrack.nutrition.DailyNutrition;
import org.bonetrack.nutrition.Nutrient;
import org.bonetrack.nutrition.internal.DailyTargets;
import org.bonetrack.nutrition.internal.EntryView;
import org.bonetrack.nutrition.internal.NutritionReads;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.shared.VitaminDUnit;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Builds what the nutrition pages show, for the patient and (read-only) for her care team: days
 * with totals against targets, a day's entries, and upper-limit warnings.
 */
@Component
class NutritionViews {

	static final int DAYS_PER_PAGE = 14;

	static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

	static final List<Nutrient> NUTRIENTS = Arrays.asList(Nutrient.values());

	private final NutritionReads reads;

	NutritionViews(NutritionReads reads) {
		this.reads = reads;
	}

	/**
	 * A page of consecutive days, newest first, unlogged days included: page 0 ends today, and the
	 * last page reaches the first day ever logged.
	 */
	Page<DayRow> days(PatientProfile profile, LocalDate today, int pageNumber) {
		LocalDate first = reads.firstLoggedOn(profile.patientId()).filter(date -> date.isBefore(today)).orElse(today);
		long totalDays = ChronoUnit.DAYS.between(first, today) + 1;
		int pages = (int) ((totalDays + DAYS_PER_PAGE - 1) / DAYS_PER_PAGE);
		int page = Math.max(0, Math.min(pageNumber, pages - 1));
		LocalDate newest = today.minusDays((long) page * DAYS_PER_PAGE);
		LocalDate oldest = newest.minusDays(DAYS_PER_PAGE - 1);
		DailyTargets targets = DailyTargets.forWeight(profile.latestWeightKg());
		Map<LocalDate, DailyNutrition> logged = reads.days(profile.patientId(), oldest, newest)
			.stream()
			.collect(Collectors.toMap(DailyNutrition::date, Function.identity()));
		List<DayRow> rows = new ArrayList<>();
		for (LocalDate date = newest; !date.isBefore(oldest); date = date.minusDays(1)) {
			DailyNutrition day = logged.get(date);
			rows.add(new DayRow(date, SHORT_DATE.format(date), date.equals(today), day == null ? 0 : day.entryCount(),
					day == null ? List.of() : cells(day, targets, profile.vitaminDUnit()),
					day != null && !warnings(day, profile.vitaminDUnit()).isEmpty()));
		}
		return new PageImpl<>(rows, PageRequest.of(page, DAYS_PER_PAGE), totalDays);
	}

	DayView day(PatientProfile profile, LocalDate date, LocalDate today) {
		VitaminDUnit unit = profile.vitaminDUnit();
		DailyTargets targets = DailyTargets.forWeight(profile.latestWeightKg());
		List<EntryView> entries = reads.entries(profile.patientId(), date);
		DailyNutrition day = reads.days(profile.patientId(), date, date).stream().findFirst().orElse(null);
		List<TotalRow> totals = NUTRIENTS.stream().map(nutrient -> total(nutrient, day, targets, unit)).toList();
		List<EntryRow> rows = entries.stream()
			.map(entry -> new EntryRow(entry, NUTRIENTS.stream()
				.map(nutrient -> entry.amounts().get(nutrient) == null ? null
						: NutrientFormat.number(nutrient, entry.amounts().get(nutrient), unit))
				.toList()))
			.toList();
		return new DayView(date, LONG_DATE.format(date), date.equals(today), date.isAfter(today), date.minusDays(1),
				date.isBefore(today) ? date.plusDays(1) : null, rows, totals,
				day == null ? List.of() : warnings(day, unit), day != null && day.vitaminKSupplement(),
				day == null ? BigDecimal.ZERO : day.supplementalMagnesiumMg(), targets, unit);
	}

	/** Each nutrient's daily target as shown, e.g. "1,200 mg". */
	List<String> targets(PatientProfile profile) {
		DailyTargets targets = DailyTargets.forWeight(profile.latestWeightKg());
		return NUTRIENTS.stream()
			.map(nutrient -> NutrientFormat.amount(nutrient, targets.target(nutrient), profile.vitaminDUnit()))
			.toList();
	}

	List<String> headers(VitaminDUnit unit) {
		return NUTRIENTS.stream().map(nutrient -> shortLabel(nutrient) + " (" + NutrientFormat.unit(nutrient, unit) + ")")
			.toList();
	}

	static String shortLabel(Nutrient nutrient) {
		return nutrient == Nutrient.EPA_DHA ? "EPA+DHA" : nutrient.label();
	}

	private static List<Cell> cells(DailyNutrition day, DailyTargets targets, VitaminDUnit unit) {
		return NUTRIENTS.stream().map(nutrient -> {
			BigDecimal total = day.total(nutrient);
			return new Cell(total == null ? null : NutrientFormat.number(nutrient, total, unit),
					percent(total, targets.target(nutrient)), day.isIncomplete(nutrient));
		}).toList();
	}

	private static TotalRow total(Nutrient nutrient, @Nullable DailyNutrition day, DailyTargets targets,
			VitaminDUnit unit) {
		BigDecimal total = day == null ? null : day.total(nutrient);
		BigDecimal target = targets.target(nutrient);
		Integer percent = day == null ? Integer.valueOf(0) : percent(total, target);
		return new TotalRow(nutrient, shortLabel(nutrient), day == null ? NutrientFormat.amount(nutrient, BigDecimal.ZERO, unit)
				: NutrientFormat.amount(nutrient, total, unit), NutrientFormat.amount(nutrient, target, unit), percent,
				percent == null ? 0 : Math.min(percent, 100), day != null && day.isIncomplete(nutrient));
	}

	static @Nullable Integer percent(@Nullable BigDecimal total, BigDecimal target) {
		return total == null ? null
				: total.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.HALF_UP).intValueExact();
	}

	/** Upper limits passed that day, in the patient's words. */
	static List<String> warnings(DailyNutrition day, VitaminDUnit unit) {
		List<String> warnings = new ArrayList<>();
		if (day.calciumMg() != null && day.calciumMg().compareTo(DailyTargets.CALCIUM_UPPER_LIMIT_MG) > 0) {
			warnings.add("Calcium was " + NutrientFormat.amount(Nutrient.CALCIUM, day.calciumMg(), unit)
					+ ", above the upper limit of 2,000 mg a day for adults over 50 (food and supplements together).");
		}
		if (day.vitaminDUg() != null && day.vitaminDUg().compareTo(DailyTargets.VITAMIN_D_UPPER_LIMIT_UG) > 0) {
			warnings.add("Vitamin D was " + NutrientFormat.amount(Nutrient.VITAMIN_D, day.vitaminDUg(), unit)
					+ ", above the upper limit of 4,000 IU (100 µg) a day.");
		}
		if (day.supplementalMagnesiumMg().compareTo(DailyTargets.SUPPLEMENTAL_MAGNESIUM_UPPER_LIMIT_MG) > 0) {
			warnings.add("Magnesium from supplements was "
					+ NutrientFormat.amount(Nutrient.MAGNESIUM, day.supplementalMagnesiumMg(), unit)
					+ ", above the upper limit of 350 mg a day for supplements (magnesium from food does not count).");
		}
		return warnings;
	}

	/** A row of the days list; {@code cells} is empty for a day without entries. */
	public record DayRow(LocalDate date, String label, boolean today, int entryCount, List<Cell> cells, boolean warning) {

		public boolean logged() {
			return entryCount > 0;
		}

	}

	/** A day's total of one nutrient (null: unknown), its share of the target, and whether it may be low. */
	public record Cell(@Nullable String value, @Nullable Integer percent, boolean incomplete) {
	}

	public record TotalRow(Nutrient nutrient, String label, String total, String target, @Nullable Integer percent,
			int meter, boolean incomplete) {
	}

	/** An entry and its amount of each nutrient as shown (null: unknown). */
	public record EntryRow(EntryView entry, List<@Nullable String> amounts) {
	}

	public record DayView(LocalDate date, String label, boolean today, boolean future, LocalDate previous,
			@Nullable LocalDate next, List<EntryRow> entries, List<TotalRow> totals, List<String> warnings,
			boolean vitaminKSupplement, BigDecimal supplementalMagnesiumMg, DailyTargets targets, VitaminDUnit unit) {

		public boolean anyIncomplete() {
			return totals.stream().anyMatch(TotalRow::incomplete);
		}

	}

}
