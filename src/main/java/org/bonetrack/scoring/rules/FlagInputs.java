package org.bonetrack.scoring.rules;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything the clinical flags look at, in simple values the dashboard gathers from the facades:
 * the lowest T-score of spine, total hip and femoral neck at the latest scan, the recorded risk
 * factors, age and BMI, the latest scan (date, WHO category, whether it showed a significant loss
 * at any site), the totals of the latest complete weeks (newest first), the last day anything was
 * logged, how many recent weeks had an upper-limit warning, and warfarin with vitamin K
 * supplements.
 */
public record FlagInputs(LocalDate today, @Nullable Double lowestTScore, RiskFactors riskFactors,
		@Nullable Integer age, @Nullable Double bmi, @Nullable LocalDate lastScanDate,
		@Nullable BoneCategory lastScanCategory, boolean lastScanSignificantLoss, List<Integer> recentWeeklyTotals,
		@Nullable LocalDate lastLoggedDate, int recentUpperLimitWarningWeeks, boolean takesWarfarin,
		boolean vitaminKSupplementLogged) {

	public FlagInputs {
		recentWeeklyTotals = List.copyOf(recentWeeklyTotals);
	}

}
