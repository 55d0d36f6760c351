package org.bonetrack.dashboard.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bonetrack.scoring.rules.BoneCategory;
import org.bonetrack.scoring.rules.ClinicalFlags;
import org.bonetrack.dexa.BmdChange;
import org.bonetrack.dexa.DexaBrief;
import org.bonetrack.dexa.DexaSummary;
import org.bonetrack.dexa.SiteKey;
import org.bonetrack.dexa.WhoCategory;
import org.bonetrack.guidance.ArticleSlugs;
import org.bonetrack.guidance.RuleParameter;
import org.bonetrack.guidance.RuleSet;
import org.bonetrack.nutrition.DailyNutrition;
import org.bonetrack.nutrition.Nutrient;
import org.bonetrack.scoring.rules.Finding;
import org.bonetrack.scoring.rules.FindingStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns facade results into what the dashboard pages show: findings in words, DEXA in brief, nutrient targets. */
@Component
public class DashboardData {

	private final MessageSource messages;

	DashboardData(MessageSource messages) {
		this.messages = messages;
	}

	/** A finding in words, with its progress ("2 of 4 days") and the guidance article that helps. */
	public record FindingLine(String criterion, FindingStatus status, String statusLabel, @Nullable String progress,
			String message, String guidancePath) {

		public String badgeClass() {
			return switch (status) {
				case MET -> "text-bg-success";
				case WARNING -> "text-bg-danger";
				case PARTIAL, PENDING -> "text-bg-warning";
				default -> "text-bg-light border";
			};
		}

	}

	/** A site's change since the baseline scan, in words. */
	public record BaselineChange(String site, String change) {
	}

	/** A nutrient today against its daily target. */
	public record NutrientLine(String nutrient, String unit, @Nullable BigDecimal total, BigDecimal target,
			int percent) {
	}

	public List<FindingLine> findings(List<Finding> findings) {
		return findings.stream().map(this::line).toList();
	}

	public FindingLine line(Finding finding) {
		String unit = finding.criterion().unit();
		String progress = finding.value() == null || finding.target() == null ? null
				: number(finding.value()) + " of " + number(finding.target()) + (unit.isEmpty() ? "" : " " + unit);
		return new FindingLine(msg("score.criterion." + finding.criterion().name(), finding.criterion().name(), null),
				finding.status(), msg("score.status." + finding.status().name(), finding.status().name(), null), progress,
				msg(finding.messageKey(), finding.messageKey(), finding.messageArgs().toArray()),
				ArticleSlugs.path(finding.guidance()));
	}

	/**
	 * The single most useful next step: an upper-limit warning first, then the criterion furthest from
	 * its target (loading before nutrition when equally far).
	 */
	public Optional<FindingLine> nextStep(List<Finding> findings) {
		return findings.stream()
			.filter(f -> f.status() == FindingStatus.WARNING || f.status() == FindingStatus.MISSED
					|| f.status() == FindingStatus.PARTIAL || f.status() == FindingStatus.PENDING)
			.min(Comparator.comparingInt((Finding f) -> f.status() == FindingStatus.WARNING ? 0 : 1)
				.thenComparingDouble(DashboardData::reached)
				.thenComparing(Finding::criterion))
			.map(this::line);
	}

	private static double reached(Finding finding) {
		if (finding.value() == null || finding.target() == null || finding.target() == 0) {
			return 0;
		}
		return Math.min(1, finding.value() / finding.target());
	}

	public List<BaselineChange> sinceBaseline(DexaSummary summary) {
		List<BaselineChange> changes = new ArrayList<>();
		for (Map.Entry<SiteKey, BmdChange> entry : summary.sinceBaseline().entrySet()) {
			BmdChange change = entry.getValue();
			String text;
			if (!change.comparable()) {
				text = "not comparable with the baseline scan";
			}
			else if (change.changePercent() == null) {
				text = "no change figure";
			}
			else {
				text = String.format(Locale.ENGLISH, "%+.1f %% since %s%s", change.changePercent(), change.from(),
						change.significantLoss() ? " (a significant loss)"
								: change.significantGain() ? " (a significant gain)" : " (within the measurement error)");
			}
			changes.add(new BaselineChange(entry.getKey().label(), text));
		}
		return changes;
	}

	/** When the next scan is due under the rule set's intervals (shorter after a concern). */
	public static LocalDate nextScanDue(DexaSummary summary, RuleSet rules) {
		return nextScanDue(DexaBrief.of(summary), rules);
	}

	public static LocalDate nextScanDue(DexaBrief scan, RuleSet rules) {
		WhoCategory who = scan.whoCategory();
		return ClinicalFlags.nextScanDue(scan.date(), who == null ? null : BoneCategory.valueOf(who.name()),
				scan.significantLossSincePrevious(), rules);
	}

	/** Each nutrient's daily target under the rule set (protein from the latest weight, else the fallback). */
	public static BigDecimal target(Nutrient nutrient, RuleSet rules, @Nullable BigDecimal weightKg) {
		return switch (nutrient) {
			case CALCIUM -> rules.exact(RuleParameter.CALCIUM_TARGET_MG);
			case VITAMIN_D -> rules.exact(RuleParameter.VITAMIN_D_TARGET_UG);
			case VITAMIN_K -> rules.exact(RuleParameter.VITAMIN_K_TARGET_UG);
			case MAGNESIUM -> rules.exact(RuleParameter.MAGNESIUM_TARGET_MG);
			case EPA_DHA -> rules.exact(RuleParameter.EPA_DHA_TARGET_MG);
			case PROTEIN -> weightKg == null ? rules.exact(RuleParameter.PROTEIN_FALLBACK_TARGET_G)
					: weightKg.multiply(rules.exact(RuleParameter.PROTEIN_TARGET_G_PER_KG)).setScale(0, RoundingMode.HALF_UP);
		};
	}

	public List<NutrientLine> nutrients(@Nullable DailyNutrition day, RuleSet rules, @Nullable BigDecimal weightKg) {
		List<NutrientLine> lines = new ArrayList<>();
		for (Nutrient nutrient : Nutrient.values()) {
			BigDecimal target = target(nutrient, rules, weightKg);
			BigDecimal total = day == null ? null : day.total(nutrient);
			int percent = total == null || target.signum() == 0 ? 0
					: total.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.HALF_UP).intValue();
			lines.add(new NutrientLine(nutrient.label(), nutrient.unit(),
					total == null ? null : total.setScale(total.compareTo(BigDecimal.TEN) < 0 ? 1 : 0, RoundingMode.HALF_UP),
					target.stripTrailingZeros(), percent));
		}
		return lines;
	}

	private String msg(String key, String fallback, Object @Nullable [] args) {
		return messages.getMessage(key, args, fallback, Locale.ENGLISH);
	}

	private static String number(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value)
				: BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
	}


	/** One DEXA site over time: rows for the table, and the chart's data (the band is the baseline ± LSC). */
	public record BmdSeries(String id, String label, List<BmdRow> rows, @Nullable String band, String dates,
			String bmds, String comparable, @Nullable String bandLow, @Nullable String bandHigh) {
	}

	public record BmdRow(LocalDate date, boolean baseline, BigDecimal bmd, @Nullable BigDecimal tScore,
			String sincePrevious, String sinceBaseline) {
	}

	/** Every site's series, from the patient's scans (oldest first). */
	public List<BmdSeries> bmdSeries(List<org.bonetrack.dexa.DexaScanView> scans, org.bonetrack.dexa.LscDefaults defaults) {
		Map<SiteKey, List<Map.Entry<org.bonetrack.dexa.DexaScanView, org.bonetrack.dexa.DexaSiteView>>> points = new java.util.TreeMap<>();
		Map<SiteKey, org.bonetrack.dexa.DexaSiteView> baselines = new java.util.HashMap<>();
		boolean afterBaseline = scans.stream().noneMatch(org.bonetrack.dexa.DexaScanView::baseline);
		for (org.bonetrack.dexa.DexaScanView scan : scans) {
			afterBaseline |= scan.baseline();
			for (org.bonetrack.dexa.DexaSiteView site : scan.sites()) {
				points.computeIfAbsent(site.key(), key -> new ArrayList<>()).add(Map.entry(scan, site));
				if (afterBaseline) {
					baselines.putIfAbsent(site.key(), site);
				}
			}
		}
		List<BmdSeries> series = new ArrayList<>();
		points.forEach((key, list) -> {
			String id = "bmd-" + key.site().name().toLowerCase(Locale.ROOT).replace('_', '-')
					+ (key.side() == null ? "" : "-" + key.side().name().toLowerCase(Locale.ROOT));
			List<BmdRow> rows = list.stream()
				.map(point -> new BmdRow(point.getKey().date(), point.getKey().baseline(), point.getValue().bmd(),
						point.getValue().tScore(), change(point.getValue().analysis().sincePrevious()),
						change(point.getValue().analysis().sinceBaseline())))
				.toList();
			String dates = String.join(",", list.stream().map(p -> p.getKey().date().toString()).toList());
			String bmds = String.join(",", list.stream().map(p -> p.getValue().bmd().toPlainString()).toList());
			String comparable = String.join(",", list.stream()
				.map(p -> String.valueOf(p.getValue().analysis().sinceBaseline() == null
						|| p.getValue().analysis().sinceBaseline().comparable()))
				.toList());
			org.bonetrack.dexa.DexaSiteView baseline = baselines.get(key);
			if (baseline == null) {
				series.add(new BmdSeries(id, key.label(), rows, null, dates, bmds, comparable, null, null));
				return;
			}
			BigDecimal lsc = baseline.lscGcm2() != null ? baseline.lscGcm2()
					: baseline.bmd().multiply(defaults.percentFor(key.site())).divide(BigDecimal.valueOf(100), 3,
							RoundingMode.HALF_UP);
			series.add(new BmdSeries(id, key.label(), rows,
					"baseline " + baseline.bmd().toPlainString() + " g/cm\u00b2 \u00b1 LSC " + lsc.toPlainString()
							+ " g/cm\u00b2",
					dates, bmds, comparable, baseline.bmd().subtract(lsc).toPlainString(),
					baseline.bmd().add(lsc).toPlainString()));
		});
		return series;
	}

	private static String change(@Nullable BmdChange change) {
		if (change == null) {
			return "—";
		}
		if (!change.comparable() || change.changePercent() == null) {
			return "not comparable";
		}
		return String.format(Locale.ENGLISH, "%+.1f %%%s", change.changePercent(),
				change.significantLoss() ? " (significant loss)" : change.significantGain() ? " (significant gain)" : "");
	}

}
