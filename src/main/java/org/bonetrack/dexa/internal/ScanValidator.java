package org.bonetrack.dexa.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bonetrack.dexa.DexaSite;
import org.bonetrack.dexa.SiteKey;
import org.bonetrack.dexa.SiteResult;
import org.bonetrack.dexa.Vertebrae;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The rules a scan must meet before it is stored (DESIGN.md §3 "DEXA"). Every problem is
 * collected, so the clinician sees them all at once. The same limits are checks in the database.
 */
public final class ScanValidator {

	/** DXA scanners came into clinical use in the late 1980s. */
	static final LocalDate EARLIEST_DATE = LocalDate.of(1987, 1, 1);

	static final int FACILITY_MAX = 120;

	static final int MODEL_MAX = 80;

	static final BigDecimal BMD_MIN = new BigDecimal("0.2");

	static final BigDecimal BMD_MAX = new BigDecimal("2.0");

	static final BigDecimal SCORE_MIN = BigDecimal.valueOf(-6);

	static final BigDecimal SCORE_MAX = BigDecimal.valueOf(6);

	static final BigDecimal LSC_MIN = new BigDecimal("0.001");

	static final BigDecimal LSC_MAX = new BigDecimal("0.200");

	private ScanValidator() {
	}

	/**
	 * Checks the scan against the patient's today and returns it cleaned up (trimmed text,
	 * vertebrae in one notation), or throws every problem found.
	 */
	public static ValidScan validate(ScanCommand command, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate date = command.date();
		if (date == null) {
			problems.add(new FieldProblem("date", "dexa.date.required"));
		}
		else if (date.isAfter(today)) {
			problems.add(new FieldProblem("date", "dexa.date.future"));
		}
		else if (date.isBefore(EARLIEST_DATE)) {
			problems.add(new FieldProblem("date", "dexa.date.tooEarly", EARLIEST_DATE.getYear()));
		}
		String facility = trimToNull(command.facility());
		if (facility == null) {
			problems.add(new FieldProblem("facility", "dexa.facility.required"));
		}
		else if (facility.length() > FACILITY_MAX) {
			problems.add(new FieldProblem("facility", "dexa.facility.tooLong", FACILITY_MAX));
		}
		if (command.manufacturer() == null) {
			problems.add(new FieldProblem("manufacturer", "dexa.manufacturer.required"));
		}
		String model = trimToNull(command.model());
		if (model != null && model.length() > MODEL_MAX) {
			problems.add(new FieldProblem("model", "dexa.model.tooLong", MODEL_MAX));
		}
		List<SiteResult> sites = sites(command.sites(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new ValidScan(date, facility, command.manufacturer(), model, sites);
	}

	private static List<SiteResult> sites(@Nullable List<ScanCommand.SiteCommand> commands,
			List<FieldProblem> problems) {
		if (commands == null || commands.isEmpty()) {
			problems.add(new FieldProblem("sites", "dexa.sites.required"));
			return List.of();
		}
		List<SiteResult> sites = new ArrayList<>();
		Set<SiteKey> seen = new HashSet<>();
		for (int index = 0; index < commands.size(); index++) {
			String prefix = "sites[" + index + "].";
			ScanCommand.SiteCommand command = commands.get(index);
			if (command == null) {
				problems.add(new FieldProblem(prefix + "site", "dexa.site.required"));
				continue;
			}
			int before = problems.size();
			DexaSite site = command.site();
			Vertebrae vertebrae = null;
			if (site == null) {
				problems.add(new FieldProblem(prefix + "site", "dexa.site.required"));
			}
			else {
				if (site.needsSide() && command.side() == null) {
					problems.add(new FieldProblem(prefix + "side", "dexa.side.required", site.label()));
				}
				else if (!site.allowsSide() && command.side() != null) {
					problems.add(new FieldProblem(prefix + "side", "dexa.side.forbidden", site.label()));
				}
				else if (!seen.add(new SiteKey(site, command.side()))) {
					problems.add(new FieldProblem(prefix + "site", "dexa.site.duplicate",
							new SiteKey(site, command.side()).label()));
				}
				vertebrae = vertebrae(site, command.vertebrae(), prefix, problems);
			}
			BigDecimal bmd = command.bmd();
			if (bmd == null) {
				problems.add(new FieldProblem(prefix + "bmd", "dexa.bmd.required"));
			}
			else {
				checkRange(bmd, BMD_MIN, BMD_MAX, 3, prefix + "bmd", "dexa.bmd.range", problems);
			}
			checkRange(command.tScore(), SCORE_MIN, SCORE_MAX, 2, prefix + "tScore", "dexa.tScore.range", problems);
			checkRange(command.zScore(), SCORE_MIN, SCORE_MAX, 2, prefix + "zScore", "dexa.zScore.range", problems);
			checkRange(command.lscGcm2(), LSC_MIN, LSC_MAX, 3, prefix + "lscGcm2", "dexa.lsc.range", problems);
			if (problems.size() == before) {
				sites.add(new SiteResult(site, command.side(), vertebrae, bmd.setScale(3), scaled(command.tScore(), 2),
						scaled(command.zScore(), 2), scaled(command.lscGcm2(), 3)));
			}
		}
		return sites;
	}

	private static @Nullable Vertebrae vertebrae(DexaSite site, @Nullable String text, String prefix,
			List<FieldProblem> problems) {
		String trimmed = trimToNull(text);
		if (site != DexaSite.LUMBAR_SPINE) {
			if (trimmed != null) {
				problems.add(new FieldProblem(prefix + "vertebrae", "dexa.vertebrae.forbidden", site.label()));
			}
			return null;
		}
		if (trimmed == null) {
			problems.add(new FieldProblem(prefix + "vertebrae", "dexa.vertebrae.required"));
			return null;
		}
		Optional<Vertebrae> vertebrae = Vertebrae.parse(trimmed);
		if (vertebrae.isEmpty()) {
			problems.add(new FieldProblem(prefix + "vertebrae", "dexa.vertebrae.invalid"));
			return null;
		}
		return vertebrae.get();
	}

	/** Range and decimals: values are stored with as many decimals as reports print. */
	private static void checkRange(@Nullable BigDecimal value, BigDecimal min, BigDecimal max, int decimals,
			String field, String code, List<FieldProblem> problems) {
		if (value == null) {
			return;
		}
		if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
			problems.add(new FieldProblem(field, code, min.toPlainString(), max.toPlainString()));
		}
		else if (value.stripTrailingZeros().scale() > decimals) {
			problems.add(new FieldProblem(field, "dexa.decimals", decimals));
		}
	}

	/** Stored scales, so a scan read back equals the scan that was saved. */
	private static @Nullable BigDecimal scaled(@Nullable BigDecimal value, int scale) {
		return value == null ? null : value.setScale(scale);
	}

	private static @Nullable String trimToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
