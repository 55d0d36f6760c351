package org.bonetrack.guidance.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.bonetrack.guidance.RuleParameter;
import org.bonetrack.guidance.RuleSet;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.InvalidInputException.FieldProblem;

import static org.bonetrack.guidance.RuleParameter.AIBL_RISK_T_SCORE_BELOW;
import static org.bonetrack.guidance.RuleParameter.AIBL_T_SCORE_BELOW;
import static org.bonetrack.guidance.RuleParameter.CALCIUM_TARGET_MG;
import static org.bonetrack.guidance.RuleParameter.CALCIUM_UPPER_LIMIT_MG;
import static org.bonetrack.guidance.RuleParameter.DEXA_INTERVAL_AFTER_CONCERN_MONTHS;
import static org.bonetrack.guidance.RuleParameter.DEXA_INTERVAL_MONTHS;
import static org.bonetrack.guidance.RuleParameter.IMPACT_WEIGHT_PERCENT;
import static org.bonetrack.guidance.RuleParameter.LOADING_WEIGHT_PERCENT;
import static org.bonetrack.guidance.RuleParameter.NUTRITION_WEIGHT_PERCENT;
import static org.bonetrack.guidance.RuleParameter.RESISTANCE_WEIGHT_PERCENT;
import static org.bonetrack.guidance.RuleParameter.VITAMIN_D_TARGET_UG;
import static org.bonetrack.guidance.RuleParameter.VITAMIN_D_UPPER_LIMIT_UG;

/**
 * Reads an admin's draft: every parameter must be a number of the right kind within its range,
 * and the parameters must fit together (weights adding up to 100 %, upper limits above targets,
 * thresholds in a sensible order). Problems are reported per parameter key.
 */
final class RuleSetValidator {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private RuleSetValidator() {
	}

	static RuleSet parse(Map<String, String> raw, int number) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<RuleParameter, BigDecimal> values = new EnumMap<>(RuleParameter.class);
		for (RuleParameter parameter : RuleParameter.values()) {
			String text = raw.get(parameter.key());
			BigDecimal value = read(parameter, text == null ? "" : text.trim(), problems);
			if (value != null) {
				values.put(parameter, value);
			}
		}
		if (values.size() == RuleParameter.values().length) {
			checkTogether(values, problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return RuleSet.of(number, values);
	}

	private static BigDecimal read(RuleParameter parameter, String text, List<FieldProblem> problems) {
		String key = parameter.key();
		if (text.isEmpty()) {
			problems.add(new FieldProblem(key, "rule.value.required"));
			return null;
		}
		BigDecimal value;
		try {
			value = new BigDecimal(text.replace(" ", ""));
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem(key, "rule.value.notANumber"));
			return null;
		}
		if (value.signum() < 0 && parameter.min().signum() >= 0) {
			problems.add(new FieldProblem(key, "rule.value.negative"));
			return null;
		}
		if (parameter.whole() && value.stripTrailingZeros().scale() > 0) {
			problems.add(new FieldProblem(key, "rule.value.whole"));
			return null;
		}
		if (value.compareTo(parameter.min()) < 0 || value.compareTo(parameter.max()) > 0) {
			problems.add(new FieldProblem(key, "rule.value.range", parameter.min().toPlainString(),
					parameter.max().toPlainString()));
			return null;
		}
		if (value.scale() > 4) {
			problems.add(new FieldProblem(key, "rule.value.precision"));
			return null;
		}
		return value;
	}

	private static void checkTogether(Map<RuleParameter, BigDecimal> values, List<FieldProblem> problems) {
		sumsToHundred(values, RESISTANCE_WEIGHT_PERCENT, IMPACT_WEIGHT_PERCENT, problems);
		sumsToHundred(values, LOADING_WEIGHT_PERCENT, NUTRITION_WEIGHT_PERCENT, problems);
		above(values, CALCIUM_UPPER_LIMIT_MG, CALCIUM_TARGET_MG, "rule.upperLimit.aboveTarget", problems);
		above(values, VITAMIN_D_UPPER_LIMIT_UG, VITAMIN_D_TARGET_UG, "rule.upperLimit.aboveTarget", problems);
		above(values, AIBL_RISK_T_SCORE_BELOW, AIBL_T_SCORE_BELOW, "rule.aibl.riskAboveTreatment", problems);
		if (values.get(DEXA_INTERVAL_AFTER_CONCERN_MONTHS).compareTo(values.get(DEXA_INTERVAL_MONTHS)) > 0) {
			problems.add(new FieldProblem(DEXA_INTERVAL_AFTER_CONCERN_MONTHS.key(), "rule.dexa.concernInterval",
					values.get(DEXA_INTERVAL_MONTHS).toPlainString()));
		}
	}

	private static void sumsToHundred(Map<RuleParameter, BigDecimal> values, RuleParameter first,
			RuleParameter second, List<FieldProblem> problems) {
		BigDecimal sum = values.get(first).add(values.get(second));
		if (sum.compareTo(HUNDRED) != 0) {
			problems.add(new FieldProblem(second.key(), "rule.weights.sum", sum.stripTrailingZeros().toPlainString()));
		}
	}

	private static void above(Map<RuleParameter, BigDecimal> values, RuleParameter higher, RuleParameter lower,
			String code, List<FieldProblem> problems) {
		if (values.get(higher).compareTo(values.get(lower)) <= 0) {
			problems.add(new FieldProblem(higher.key(), code, values.get(lower).toPlainString()));
		}
	}

}
