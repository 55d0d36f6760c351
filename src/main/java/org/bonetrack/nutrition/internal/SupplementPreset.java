package org.bonetrack.nutrition.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A supplement preset as pages and the API show it: what one serving contains. */
public record SupplementPreset(long id, String code, long version, Content content) {

	public String name() {
		return content.name();
	}

	public String serving() {
		return content.serving();
	}

	public boolean active() {
		return content.active();
	}

	public boolean containsVitaminK() {
		return content.vitaminKUg().signum() > 0;
	}

	/** Amounts of one serving in the entry columns' units: EPA and DHA become EPA+DHA. */
	public NutrientAmounts perServing() {
		return new NutrientAmounts(content.calciumMg(), content.vitaminDUg(), content.vitaminKUg(),
				content.magnesiumMg(), Amounts.tidy(content.epaMg().add(content.dhaMg())), content.proteinG());
	}

	/** e.g. "500 mg calcium, 25 µg vitamin D" for lists. */
	public String summary() {
		List<String> parts = new ArrayList<>();
		add(parts, content.calciumMg(), "mg calcium");
		add(parts, content.vitaminDUg(), "µg vitamin D (" + Amounts.tidy(content.vitaminDUg().multiply(BigDecimal.valueOf(40))) + " IU)");
		add(parts, content.vitaminKUg(), "µg vitamin K");
		add(parts, content.magnesiumMg(), "mg magnesium");
		add(parts, content.epaMg(), "mg EPA");
		add(parts, content.dhaMg(), "mg DHA");
		add(parts, content.proteinG(), "g protein");
		return String.join(", ", parts) + " per " + content.serving();
	}

	private static void add(List<String> parts, BigDecimal amount, String what) {
		if (amount.signum() > 0) {
			parts.add(Amounts.tidy(amount).toPlainString() + " " + what);
		}
	}

	/** What an admin sets; every amount is per serving and zero when absent. */
	public record Content(String name, String serving, BigDecimal calciumMg, BigDecimal vitaminDUg,
			BigDecimal vitaminKUg, BigDecimal magnesiumMg, BigDecimal epaMg, BigDecimal dhaMg, BigDecimal proteinG,
			boolean active) {
	}

}
