package org.bonetrack.dexa.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bonetrack.dexa.DexaScan;
import org.bonetrack.dexa.DexaSite;
import org.bonetrack.dexa.Manufacturer;
import org.bonetrack.dexa.Side;
import org.bonetrack.dexa.SiteResult;
import org.bonetrack.dexa.Vertebrae;
import org.bonetrack.dexa.internal.ScanCommand;
import org.bonetrack.dexa.internal.ScanCommand.SiteCommand;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The scan form: one row per site a report can give (spine, each hip and neck, the forearm), so
 * it works without JavaScript. A row left empty was not measured.
 */
record ScanForm(@Nullable LocalDate date, @Nullable String facility, @Nullable Manufacturer manufacturer,
		@Nullable String model, @Nullable Long version, List<SiteRow> sites) {

	/** The rows in the order of the form; the radius row's side is chosen, the others are fixed. */
	static final List<SiteRow> ROWS = List.of(SiteRow.empty(DexaSite.LUMBAR_SPINE, null),
			SiteRow.empty(DexaSite.TOTAL_HIP, Side.LEFT), SiteRow.empty(DexaSite.TOTAL_HIP, Side.RIGHT),
			SiteRow.empty(DexaSite.FEMORAL_NECK, Side.LEFT), SiteRow.empty(DexaSite.FEMORAL_NECK, Side.RIGHT),
			SiteRow.empty(DexaSite.RADIUS_33, null));

	/**
	 * Always one row per site of the form, whatever was posted (a hand-made post may leave rows
	 * out), so the form can be shown again with every row.
	 */
	ScanForm {
		List<SiteRow> rows = new ArrayList<>(ROWS);
		if (sites != null) {
			for (int index = 0; index < Math.min(sites.size(), rows.size()); index++) {
				if (sites.get(index) != null) {
					rows.set(index, sites.get(index));
				}
			}
		}
		sites = rows;
	}

	/** A blank form; the date too, so that a report is never filed under today by mistake. */
	static ScanForm empty() {
		List<SiteRow> rows = new ArrayList<>(ROWS);
		rows.set(0, new SiteRow(DexaSite.LUMBAR_SPINE, null, Vertebrae.L1_L4.toString(), null, null, null, null));
		return new ScanForm(null, null, null, null, null, rows);
	}

	static ScanForm of(DexaScan scan) {
		List<SiteRow> rows = new ArrayList<>(ROWS);
		for (SiteResult result : scan.sites()) {
			int row = rowFor(result.site(), result.side());
			rows.set(row, new SiteRow(result.site(), result.side(),
					result.vertebrae() == null ? null : result.vertebrae().toString(), result.bmd(), result.tScore(),
					result.zScore(), result.lscGcm2()));
		}
		return new ScanForm(scan.date(), scan.facility(), scan.manufacturer(), scan.model(), scan.version(), rows);
	}

	/** The filled rows as a command, and for each of its sites the form row it came from. */
	Converted toCommand() {
		List<SiteCommand> commands = new ArrayList<>();
		List<Integer> rowOf = new ArrayList<>();
		for (int index = 0; index < sites.size(); index++) {
			SiteRow row = sites.get(index);
			if (!row.blank()) {
				commands.add(new SiteCommand(row.site(), row.side(), row.site() == DexaSite.LUMBAR_SPINE ? row.vertebrae() : null,
						row.bmd(), row.tScore(), row.zScore(), row.lscGcm2()));
				rowOf.add(index);
			}
		}
		return new Converted(new ScanCommand(date, facility, manufacturer, model, commands), rowOf);
	}

	private static int rowFor(DexaSite site, @Nullable Side side) {
		return switch (site) {
			case LUMBAR_SPINE -> 0;
			case TOTAL_HIP -> side == Side.RIGHT ? 2 : 1;
			case FEMORAL_NECK -> side == Side.RIGHT ? 4 : 3;
			case RADIUS_33 -> 5;
		};
	}

	record Converted(ScanCommand command, List<Integer> rowOf) {

		/** The same problems, named after the form's rows instead of the command's sites. */
		InvalidInputException toForm(InvalidInputException ex) {
			return new InvalidInputException(ex.problems().stream().map(this::toForm).toList());
		}

		private FieldProblem toForm(FieldProblem problem) {
			String field = problem.field();
			if (field.startsWith("sites[")) {
				int close = field.indexOf(']');
				int site = Integer.parseInt(field.substring("sites[".length(), close));
				field = "sites[" + rowOf.get(site) + field.substring(close);
			}
			return new FieldProblem(field, problem.code(), problem.args());
		}

	}

	/** One site's row. */
	record SiteRow(@Nullable DexaSite site, @Nullable Side side, @Nullable String vertebrae, @Nullable BigDecimal bmd,
			@Nullable BigDecimal tScore, @Nullable BigDecimal zScore, @Nullable BigDecimal lscGcm2) {

		static SiteRow empty(DexaSite site, @Nullable Side side) {
			return new SiteRow(site, side, null, null, null, null, null);
		}

		/** Nothing measured was entered (the vertebrae alone do not count: the spine row starts with L1-L4). */
		boolean blank() {
			return bmd == null && tScore == null && zScore == null && lscGcm2 == null;
		}

		public String label() {
			if (site == null) {
				return "";
			}
			return site == DexaSite.RADIUS_33 || side == null ? site.label() : site.label() + ", " + side.label();
		}

	}

}
