package org.bonetrack.nutrition.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bonetrack.nutrition.Nutrient;
import org.bonetrack.nutrition.internal.CronometerExport.RowProblem;
import org.bonetrack.nutrition.internal.CronometerImports.DayAction;
import org.bonetrack.nutrition.internal.CronometerImports.DayPlan;
import org.bonetrack.nutrition.internal.CronometerImports.ImportStatus;
import org.bonetrack.nutrition.internal.CronometerImports.StoredImport;
import org.jspecify.annotations.Nullable;

/**
 * An upload as its preview page shows it: what the file holds, which nutrients it carries and
 * which it lacks, the rows that cannot be imported (with line numbers), and what confirming would
 * do to each day. Once confirmed or discarded, only the outcome remains.
 */
public record ImportPreview(long id, String fileName, ImportFormat format, ImportStatus status, Instant uploadedAt,
		@Nullable Instant finishedAt, @Nullable Integer daysSaved, @Nullable Integer entriesSaved,
		@Nullable Instant sameFileImportedAt, @Nullable Content content) {

	static ImportPreview finished(StoredImport stored, @Nullable Instant sameFileImportedAt) {
		return new ImportPreview(stored.id(), stored.fileName(), stored.format(), stored.status(), stored.uploadedAt(),
				stored.finishedAt(), stored.daysSaved(), stored.entriesSaved(), sameFileImportedAt, null);
	}

	static ImportPreview of(StoredImport stored, CronometerExport export, Map<LocalDate, DayPlan> plan,
			@Nullable Instant sameFileImportedAt) {
		List<Day> days = export.days()
			.stream()
			.map(day -> new Day(day.date(), day.entries().size(), plan.get(day.date()).action(),
					plan.get(day.date()).hasOwnEntries(), day.entries().size() == 1 ? day.entries().get(0).amounts() : sum(day)))
			.toList();
		return new ImportPreview(stored.id(), stored.fileName(), stored.format(), stored.status(), stored.uploadedAt(),
				null, null, null, sameFileImportedAt,
				new Content(export.rowCount(), export.importedColumns(), export.missingNutrients(), export.omega3Exported(),
						export.slashDatesSeen(), export.slashDatesDayFirst(), days, export.problems(), export.skipped()));
	}

	public boolean awaitingConfirmation() {
		return status == ImportStatus.PREVIEW && content != null;
	}

	private static NutrientAmounts sum(CronometerExport.ImportedDay day) {
		java.util.Map<Nutrient, java.math.BigDecimal> totals = new java.util.EnumMap<>(Nutrient.class);
		for (CronometerExport.ImportedEntry entry : day.entries()) {
			entry.amounts().asMap().forEach((nutrient, amount) -> totals.merge(nutrient, amount, java.math.BigDecimal::add));
		}
		return NutrientAmounts.of(totals);
	}

	/** The file's content, read afresh from the stored upload. */
	public record Content(int rowCount, Map<Nutrient, String> importedColumns, List<Nutrient> missingNutrients,
			boolean omega3Exported, boolean slashDatesSeen, boolean slashDatesDayFirst, List<Day> days,
			List<RowProblem> problems, List<RowProblem> skipped) {

		public long count(DayAction action) {
			return days.stream().filter(day -> day.action() == action).count();
		}

		public long daysWithOwnEntries() {
			return days.stream().filter(day -> day.hasOwnEntries() && day.action() != DayAction.UNCHANGED).count();
		}

		public int entryCount() {
			return days.stream().mapToInt(Day::entries).sum();
		}

		public @Nullable LocalDate firstDay() {
			return days.isEmpty() ? null : days.get(0).date();
		}

		public @Nullable LocalDate lastDay() {
			return days.isEmpty() ? null : days.get(days.size() - 1).date();
		}

		public boolean nothingToSave() {
			return days.stream().allMatch(day -> day.action() == DayAction.UNCHANGED);
		}

	}

	/** One day of the file: how many entries, what happens to it, and its amounts. */
	public record Day(LocalDate date, int entries, DayAction action, boolean hasOwnEntries, NutrientAmounts amounts) {
	}

}
