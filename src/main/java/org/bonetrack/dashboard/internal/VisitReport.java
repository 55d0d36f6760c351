package org.bonetrack.dashboard.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.bonetrack.dexa.DexaResults;
import org.bonetrack.exercise.ExerciseLog;
import org.bonetrack.exercise.ExerciseSessionView;
import org.bonetrack.guidance.Guidance;
import org.bonetrack.guidance.RuleParameter;
import org.bonetrack.guidance.RuleSet;
import org.bonetrack.nutrition.DailyNutrition;
import org.bonetrack.nutrition.Nutrient;
import org.bonetrack.nutrition.NutritionLog;
import org.bonetrack.patients.ClinicalContext;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;
import org.bonetrack.scoring.WeekScore;
import org.bonetrack.scoring.WeeklyScores;
import org.bonetrack.shared.IsoWeek;

import org.springframework.stereotype.Service;

/**
 * The visit report for the clinic record, as a PDF drawn with OpenPDF: the patient and period, the
 * DEXA results as a table and a chart per site (drawn with OpenPDF graphics, with the LSC band),
 * the weekly scores, adherence, the clinical flags with their reasons, the guidance targets used,
 * when it was generated and under which rule-set version. Callers check the care team first.
 */
@Service
public class VisitReport {

	/** The period the report covers, in weeks up to today. */
	public static final int WEEKS = 26;

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);

	private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);

	private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);

	private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

	private final Patients patients;

	private final CareTeamOverview overview;

	private final DashboardData data;

	private final DexaResults dexa;

	private final WeeklyScores scores;

	private final ExerciseLog exercise;

	private final NutritionLog nutrition;

	private final Guidance guidance;

	VisitReport(Patients patients, CareTeamOverview overview, DashboardData data, DexaResults dexa, WeeklyScores scores,
			ExerciseLog exercise, NutritionLog nutrition, Guidance guidance) {
		this.patients = patients;
		this.overview = overview;
		this.data = data;
		this.dexa = dexa;
		this.scores = scores;
		this.exercise = exercise;
		this.nutrition = nutrition;
		this.guidance = guidance;
	}

	public byte[] pdf(PatientProfile patient, Instant generatedAt) {
		long id = patient.patientId();
		RuleSet rules = guidance.currentRules();
		LocalDate today = patients.today(id);
		IsoWeek current = scores.currentWeek(id);
		IsoWeek first = current.minusWeeks(WEEKS - 1L);
		LocalDate from = first.monday();
		PatientOverview summary = overview.overview(id, rules);
		List<DashboardData.BmdSeries> bmd = data.bmdSeries(dexa.scans(id), dexa.lscDefaults());
		List<WeekScore> weeks = scores.weeks(id, first, current);
		List<ExerciseSessionView> sessions = exercise.sessions(id, from, today);
		List<DailyNutrition> days = nutrition.days(id, from, today);

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 40, 40);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle("BoneTrack visit report");
		document.addCreator("BoneTrack");
		document.open();

		document.add(new Paragraph("BoneTrack visit report", TITLE));
		document.add(line("Patient: ", patient.displayName() + " (" + patient.email() + ")"));
		Integer age = patient.ageOn(today);
		document.add(line("Born: ", patient.birthDate() == null ? "not recorded"
				: patient.birthDate() + (age == null ? "" : " (age " + age + ")")));
		document.add(line("On anastrozole since: ", patient.anastrozoleStart() == null ? "not recorded"
				: patient.anastrozoleStart() + " (" + summary.monthsOnAnastrozole() + " months)"));
		document.add(line("Period: ", from + " to " + today + " (" + WEEKS + " weeks)"));
		document.add(line("Generated: ", DateTimeFormatter.ISO_INSTANT.format(generatedAt.truncatedTo(ChronoUnit.SECONDS))
				+ " with rule set version " + rules.version()));
		ClinicalContext context = patient.clinicalContext();
		List<String> factors = context.riskFactorWords();
		document.add(line("Clinical context: ", factors.isEmpty() ? "no risk factors recorded" : String.join(", ", factors)));
		document.add(line("Bone-protective medication: ", context.boneProtectiveMedication() == null ? "none recorded"
				: context.boneProtectiveMedication()));
		document.add(line("Exercise plan: ", context.lowImpactPlan() ? "low-impact plan" : "standard plan"));

		heading(document, "Clinical flags");
		if (summary.flags().isEmpty()) {
			document.add(new Paragraph("No flag applies.", BODY));
		}
		for (PatientOverview.FlagView flag : summary.flags()) {
			document.add(line(flag.title() + ": ", String.join("; ", flag.reasons())));
		}
		document.add(new Paragraph("Flags inform the care team; they do not decide treatment.", BODY));

		heading(document, "DEXA results");
		if (bmd.isEmpty()) {
			document.add(new Paragraph("No DEXA scan recorded.", BODY));
		}
		else {
			PdfPTable table = table(new float[] { 3, 2, 2, 1.5f, 2.5f, 2.5f }, "Site", "Date", "BMD (g/cm²)", "T-score",
					"Since previous", "Since baseline");
			for (DashboardData.BmdSeries series : bmd) {
				for (DashboardData.BmdRow row : series.rows()) {
					cells(table, series.label(), row.date() + (row.baseline() ? " (baseline)" : ""),
							row.bmd().toPlainString(), row.tScore() == null ? "—" : row.tScore().toPlainString(),
							row.sincePrevious(), row.sinceBaseline());
				}
			}
			document.add(table);
			for (DashboardData.BmdSeries series : bmd) {
				document.add(new Paragraph(series.label() + (series.band() == null ? "" : " — band: " + series.band()),
						BOLD));
				document.add(chart(writer, series));
			}
		}

		heading(document, "Weekly scores");
		if (weeks.isEmpty()) {
			document.add(new Paragraph("No weeks scored in this period.", BODY));
		}
		else {
			PdfPTable table = table(new float[] { 2, 1, 1, 1, 1 }, "Week", "Total", "Loading", "Nutrition", "Rules");
			for (WeekScore week : weeks) {
				cells(table, week.week() + (week.inProgress() ? " (so far)" : ""), String.valueOf(week.total()),
						String.valueOf(week.loading()), String.valueOf(week.nutrition()), "v" + week.ruleSetVersion());
			}
			document.add(table);
		}

		heading(document, "Adherence");
		long sessionDays = sessions.stream().map(ExerciseSessionView::date).distinct().count();
		long periodDays = ChronoUnit.DAYS.between(from, today) + 1;
		document.add(line("Exercise: ", sessions.size() + " sessions on " + sessionDays + " of " + periodDays + " days"));
		document.add(line("Nutrition logged: ", days.size() + " of " + periodDays + " days"));
		document.add(line("Mean total of the last complete weeks: ", summary.meanScore() == null ? "no stored weeks"
				: summary.meanScore() + " over " + summary.scoredWeeks() + " weeks"));
		document.add(line("Last activity: ", summary.lastActivity() == null ? "nothing logged"
				: summary.lastActivity().toString()));

		heading(document, "Guidance targets used (rule set version " + rules.version() + ")");
		PdfPTable targets = table(new float[] { 4, 2 }, "Target", "Value");
		cells(targets, "Resistance training days per week", number(rules.exact(RuleParameter.RESISTANCE_TARGET_DAYS)));
		cells(targets, "Impact days per week (" + number(rules.exact(RuleParameter.IMPACT_MIN_IMPACTS))
				+ " impacts of at least " + number(rules.exact(RuleParameter.IMPACT_MIN_PEAK_FORCE_BW)) + " body weights)",
				number(rules.exact(RuleParameter.IMPACT_TARGET_DAYS)));
		cells(targets, "Low-impact plan: days of brisk or vest walking (" + number(rules.exact(RuleParameter.LOW_IMPACT_MIN_MINUTES))
				+ " min)", number(rules.exact(RuleParameter.LOW_IMPACT_TARGET_DAYS)));
		for (Nutrient nutrient : Nutrient.values()) {
			cells(targets, nutrient.label() + " per day",
					number(DashboardData.target(nutrient, rules, patient.latestWeightKg())) + " " + nutrient.unit());
		}
		document.add(targets);
		document.add(new Paragraph("BoneTrack supports clinical care; it does not prescribe.", BODY));
		document.close();
		return out.toByteArray();
	}

	/** The site's BMD over time as a small line chart with the baseline ± LSC band, drawn with OpenPDF graphics. */
	private static Image chart(PdfWriter writer, DashboardData.BmdSeries series) {
		float width = 480;
		float height = 120;
		float left = 40;
		float bottom = 20;
		float plotW = width - left - 10;
		float plotH = height - bottom - 10;
		String[] dates = series.dates().split(",");
		String[] values = series.bmds().split(",");
		double min = Double.MAX_VALUE;
		double max = -Double.MAX_VALUE;
		for (String value : values) {
			min = Math.min(min, Double.parseDouble(value));
			max = Math.max(max, Double.parseDouble(value));
		}
		if (series.bandLow() != null) {
			min = Math.min(min, Double.parseDouble(series.bandLow()));
			max = Math.max(max, Double.parseDouble(series.bandHigh()));
		}
		double pad = Math.max(0.01, (max - min) * 0.1);
		min -= pad;
		max += pad;
		long firstDay = LocalDate.parse(dates[0]).toEpochDay();
		long lastDay = LocalDate.parse(dates[dates.length - 1]).toEpochDay();
		long span = Math.max(1, lastDay - firstDay);
		PdfContentByte canvas = writer.getDirectContent();
		PdfTemplate template = canvas.createTemplate(width, height);
		if (series.bandLow() != null) {
			float low = y(Double.parseDouble(series.bandLow()), min, max, bottom, plotH);
			float high = y(Double.parseDouble(series.bandHigh()), min, max, bottom, plotH);
			template.setColorFill(new Color(220, 230, 240));
			template.rectangle(left, low, plotW, high - low);
			template.fill();
		}
		template.setColorStroke(Color.DARK_GRAY);
		template.setLineWidth(0.5f);
		template.moveTo(left, bottom);
		template.lineTo(left, bottom + plotH);
		template.moveTo(left, bottom);
		template.lineTo(left + plotW, bottom);
		template.stroke();
		template.setColorStroke(new Color(11, 79, 108));
		template.setLineWidth(1.5f);
		float[] xs = new float[values.length];
		float[] ys = new float[values.length];
		for (int i = 0; i < values.length; i++) {
			xs[i] = left + (dates.length == 1 ? plotW / 2
					: plotW * (LocalDate.parse(dates[i]).toEpochDay() - firstDay) / (float) span);
			ys[i] = y(Double.parseDouble(values[i]), min, max, bottom, plotH);
			if (i == 0) {
				template.moveTo(xs[i], ys[i]);
			}
			else {
				template.lineTo(xs[i], ys[i]);
			}
		}
		template.stroke();
		template.setColorFill(new Color(11, 79, 108));
		for (int i = 0; i < values.length; i++) {
			template.circle(xs[i], ys[i], 2.5f);
			template.fill();
		}
		try {
			BaseFont font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
			template.beginText();
			template.setFontAndSize(font, 7);
			template.setColorFill(Color.BLACK);
			template.showTextAligned(Element.ALIGN_RIGHT, String.format(java.util.Locale.ENGLISH, "%.3f", max), left - 3,
					bottom + plotH - 3, 0);
			template.showTextAligned(Element.ALIGN_RIGHT, String.format(java.util.Locale.ENGLISH, "%.3f", min), left - 3,
					bottom, 0);
			template.showTextAligned(Element.ALIGN_LEFT, dates[0], left, bottom - 10, 0);
			if (dates.length > 1) {
				template.showTextAligned(Element.ALIGN_RIGHT, dates[dates.length - 1], left + plotW, bottom - 10, 0);
			}
			template.endText();
			return Image.getInstance(template);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not draw the DEXA chart", ex);
		}
	}

	private static float y(double value, double min, double max, float bottom, float plotH) {
		return (float) (bottom + plotH * (value - min) / (max - min));
	}

	private static String number(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static void heading(Document document, String text) {
		Paragraph heading = new Paragraph(text, HEADING);
		heading.setSpacingBefore(10);
		heading.setSpacingAfter(4);
		document.add(heading);
	}

	private static Paragraph line(String label, String value) {
		Paragraph paragraph = new Paragraph();
		paragraph.add(new Chunk(label, BOLD));
		paragraph.add(new Chunk(value, BODY));
		return paragraph;
	}

	private static PdfPTable table(float[] widths, String... headings) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String heading : headings) {
			PdfPCell cell = new PdfPCell(new Phrase(heading, BOLD));
			cell.setBackgroundColor(new Color(235, 235, 235));
			table.addCell(cell);
		}
		return table;
	}

	private static void cells(PdfPTable table, String... values) {
		for (String value : values) {
			table.addCell(new PdfPCell(new Phrase(value, BODY)));
		}
	}

}
