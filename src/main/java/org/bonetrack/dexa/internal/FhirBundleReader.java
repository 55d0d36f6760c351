package org.bonetrack.dexa.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.parser.DataFormatException;
import org.bonetrack.dexa.DexaSite;
import org.bonetrack.dexa.Manufacturer;
import org.bonetrack.dexa.SiteKey;
import org.bonetrack.dexa.internal.ScanCommand.SiteCommand;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.InvalidInputException.FieldProblem;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;

/**
 * Reads scans from a FHIR R4 Bundle shaped like the one {@link FhirBundleWriter} writes: each
 * DiagnosticReport with LOINC 38269-7 is a scan, its result Observations (known LOINC codes only)
 * are the site results, their Device gives manufacturer and model. Anything it cannot map is a
 * problem naming the Bundle entry ({@code entry[3].code}); the scans found are then checked like
 * a typed scan, with the problems named after the entry they came from.
 */
final class FhirBundleReader {

	/** Resources that may travel with a DEXA Bundle and carry nothing to import. */
	private static final Set<String> CONTEXT_RESOURCES = Set.of("Patient", "Organization", "Practitioner",
			"PractitionerRole");

	private static final Pattern VERTEBRAE = Pattern
		.compile("L[1-9](?:\\s*[-\u2013]\\s*L?[1-9])?(?:\\s*,\\s*L[1-9](?:\\s*[-\u2013]\\s*L?[1-9])?)*",
				Pattern.CASE_INSENSITIVE);

	private final Map<String, Integer> entryByReference = new HashMap<>();

	private final List<Bundle.BundleEntryComponent> entries;

	private final List<FieldProblem> problems = new ArrayList<>();

	private FhirBundleReader(Bundle bundle) {
		this.entries = bundle.getEntry();
		for (int index = 0; index < entries.size(); index++) {
			Bundle.BundleEntryComponent entry = entries.get(index);
			if (entry.hasFullUrl()) {
				entryByReference.put(entry.getFullUrl(), index);
			}
			Resource resource = entry.getResource();
			if (resource != null && resource.hasIdElement() && resource.getIdElement().hasIdPart()) {
				entryByReference.put(resource.fhirType() + "/" + resource.getIdElement().getIdPart(), index);
			}
		}
	}

	/** Parses the JSON; a text that is not a FHIR R4 Bundle is a problem on the whole body. */
	static Bundle parse(FhirContext fhir, String json) {
		IBaseResource resource;
		try {
			resource = fhir.newJsonParser().parseResource(json);
		}
		catch (DataFormatException | ClassCastException | IllegalArgumentException ex) {
			throw InvalidInputException.of("bundle", "dexa.fhir.unreadable", firstLine(ex.getMessage()));
		}
		if (!(resource instanceof Bundle bundle)) {
			throw InvalidInputException.of("resourceType", "dexa.fhir.notABundle");
		}
		return bundle;
	}

	/**
	 * The scans of the Bundle as commands, each with the entry that every field came from; throws
	 * every mapping problem of the Bundle at once.
	 */
	static List<MappedScan> read(Bundle bundle) {
		FhirBundleReader reader = new FhirBundleReader(bundle);
		List<MappedScan> scans = reader.scans();
		if (!reader.problems.isEmpty()) {
			throw new InvalidInputException(reader.problems);
		}
		return scans;
	}

	private List<MappedScan> scans() {
		List<Integer> reports = new ArrayList<>();
		Set<Integer> referenced = new HashSet<>();
		for (int index = 0; index < entries.size(); index++) {
			Resource resource = entries.get(index).getResource();
			if (resource == null) {
				problems.add(new FieldProblem(entry(index), "dexa.fhir.unsupportedResource", "empty entry"));
			}
			else if (resource instanceof DiagnosticReport) {
				reports.add(index);
			}
			else if (!(resource instanceof Observation || resource instanceof Device
					|| CONTEXT_RESOURCES.contains(resource.fhirType()))) {
				problems.add(new FieldProblem(entry(index), "dexa.fhir.unsupportedResource", resource.fhirType()));
			}
		}
		if (reports.isEmpty() && problems.isEmpty()) {
			problems.add(new FieldProblem("entry", "dexa.fhir.noReports"));
		}
		List<MappedScan> scans = new ArrayList<>();
		for (int index : reports) {
			MappedScan scan = scan(index, referenced);
			if (scan != null) {
				scans.add(scan);
			}
		}
		for (int index = 0; index < entries.size(); index++) {
			if (entries.get(index).getResource() instanceof Observation && !referenced.contains(index)) {
				problems.add(new FieldProblem(entry(index), "dexa.fhir.unreferencedObservation"));
			}
		}
		return scans;
	}

	private @Nullable MappedScan scan(int reportIndex, Set<Integer> referenced) {
		DiagnosticReport report = (DiagnosticReport) entries.get(reportIndex).getResource();
		String at = entry(reportIndex);
		int before = problems.size();
		if (!hasCode(report.getCode(), LoincCodes.SYSTEM, LoincCodes.DXA_REPORT)) {
			problems.add(new FieldProblem(at + ".code", "dexa.fhir.reportCode"));
			return null;
		}
		Map<String, String> fields = new HashMap<>();
		fields.put("date", at + ".effectiveDateTime");
		fields.put("facility", at + ".performer");
		fields.put("sites", at + ".result");
		LocalDate date = date(report, at);
		String facility = facility(report);

		Map<SiteKey, SiteBuilder> sites = new LinkedHashMap<>();
		Integer deviceIndex = null;
		List<Reference> results = report.getResult();
		for (int position = 0; position < results.size(); position++) {
			Integer observationIndex = resolve(results.get(position), at + ".result[" + position + "]");
			if (observationIndex == null) {
				continue;
			}
			referenced.add(observationIndex);
			if (!(entries.get(observationIndex).getResource() instanceof Observation observation)) {
				problems.add(new FieldProblem(at + ".result[" + position + "]", "dexa.fhir.unsupportedResource",
						entries.get(observationIndex).getResource().fhirType()));
				continue;
			}
			Integer device = observation.hasDevice() ? resolve(observation.getDevice(), entry(observationIndex) + ".device")
					: null;
			if (deviceIndex == null) {
				deviceIndex = device;
			}
			else if (device != null && !device.equals(deviceIndex)) {
				problems.add(new FieldProblem(entry(observationIndex) + ".device", "dexa.fhir.devicesDiffer"));
			}
			measure(observationIndex, observation, sites);
		}
		Manufacturer manufacturer = null;
		String model = null;
		if (deviceIndex == null || !(entries.get(deviceIndex).getResource() instanceof Device device)) {
			if (!results.isEmpty()) {
				problems.add(new FieldProblem(at + ".result", "dexa.fhir.deviceMissing"));
			}
		}
		else {
			fields.put("manufacturer", entry(deviceIndex) + ".manufacturer");
			fields.put("model", entry(deviceIndex) + ".deviceName");
			manufacturer = manufacturer(device.getManufacturer());
			if (manufacturer == null) {
				problems.add(new FieldProblem(entry(deviceIndex) + ".manufacturer", "dexa.fhir.manufacturerMissing"));
			}
			model = model(device);
		}
		List<SiteCommand> commands = new ArrayList<>();
		for (SiteBuilder site : sites.values()) {
			if (site.bmd == null) {
				problems.add(new FieldProblem(site.firstEntry, "dexa.fhir.measureWithoutBmd",
						site.tScore != null ? "T-score" : "Z-score"));
				continue;
			}
			site.fields(commands.size(), fields);
			commands.add(site.toCommand());
		}
		if (problems.size() > before) {
			return null;
		}
		return new MappedScan(new ScanCommand(date, facility, manufacturer, model, commands), fields);
	}

	private void measure(int index, Observation observation, Map<SiteKey, SiteBuilder> sites) {
		String at = entry(index);
		Coding loinc = observation.getCode()
			.getCoding()
			.stream()
			.filter(coding -> LoincCodes.SYSTEM.equals(coding.getSystem()) && coding.hasCode())
			.findFirst()
			.orElse(null);
		if (loinc == null) {
			problems.add(new FieldProblem(at + ".code", "dexa.fhir.observationCodeMissing"));
			return;
		}
		LoincCodes.Key key = LoincCodes.lookup(loinc.getCode()).orElse(null);
		if (key == null) {
			problems.add(new FieldProblem(at + ".code", "dexa.fhir.observationCode", loinc.getCode()));
			return;
		}
		if (key.measure() == DexaMeasure.T_SCORE && hasCode(observation.getMethod(), FhirBundleWriter.BONETRACK_SYSTEM,
				FhirBundleWriter.COMPUTED_T_SCORE)) {
			// BoneTrack computes it again from the BMD; storing it would make it look printed
			return;
		}
		if (!(observation.getValue() instanceof Quantity quantity) || !quantity.hasValue()) {
			problems.add(new FieldProblem(at + ".valueQuantity", "dexa.fhir.valueMissing"));
			return;
		}
		if (!unitFits(key.measure(), quantity)) {
			problems.add(new FieldProblem(at + ".valueQuantity.code", "dexa.fhir.unit",
					quantity.hasCode() ? quantity.getCode() : quantity.getUnit(), key.measure().ucum()));
			return;
		}
		SiteBuilder site = sites.computeIfAbsent(key.site(), siteKey -> new SiteBuilder(siteKey, at));
		BigDecimal value = quantity.getValue();
		boolean duplicate = switch (key.measure()) {
			case BMD -> site.bmd != null;
			case T_SCORE -> site.tScore != null;
			case Z_SCORE -> site.zScore != null;
		};
		if (duplicate) {
			problems.add(new FieldProblem(at + ".code", "dexa.fhir.duplicateMeasure", key.measure().display(),
					key.site().label()));
			return;
		}
		switch (key.measure()) {
			case BMD -> {
				site.bmd = value;
				site.bmdEntry = at;
				site.lscGcm2 = facilityLsc(observation);
			}
			case T_SCORE -> {
				site.tScore = value;
				site.tScoreEntry = at;
			}
			case Z_SCORE -> {
				site.zScore = value;
				site.zScoreEntry = at;
			}
		}
		// the spine's vertebrae come from the BMD's bodySite, else from the T- or Z-score's
		String vertebrae = key.site().site() == DexaSite.LUMBAR_SPINE ? vertebrae(observation) : null;
		if (vertebrae != null && (site.vertebrae == null || key.measure() == DexaMeasure.BMD)) {
			site.vertebrae = vertebrae;
		}
	}

	/** g/cm2 for BMD (also the common mistake g/cm-2 of published examples); T/Z dimensionless. */
	private static boolean unitFits(DexaMeasure measure, Quantity quantity) {
		String unit = quantity.hasCode() ? quantity.getCode() : quantity.getUnit();
		if (measure == DexaMeasure.BMD) {
			return unit != null && (unit.equals("g/cm2") || unit.equals("g/cm-2") || unit.equals("g/cm\u00b2"));
		}
		return unit == null || unit.equals(measure.ucum()) || unit.equals("1");
	}

	private static @Nullable BigDecimal facilityLsc(Observation observation) {
		return observation.getComponent()
			.stream()
			.filter(component -> hasCode(component.getCode(), FhirBundleWriter.BONETRACK_SYSTEM,
					FhirBundleWriter.FACILITY_LSC))
			.map(component -> component.getValue() instanceof Quantity quantity ? quantity.getValue() : null)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/** The vertebrae as written in the bodySite text, e.g. "Lumbar spine L1-L4". */
	private static @Nullable String vertebrae(Observation observation) {
		if (!observation.hasBodySite() || !observation.getBodySite().hasText()) {
			return null;
		}
		Matcher matcher = VERTEBRAE.matcher(observation.getBodySite().getText());
		return matcher.find() ? matcher.group() : null;
	}

	private @Nullable LocalDate date(DiagnosticReport report, String at) {
		if (!(report.getEffective() instanceof DateTimeType dateTime) || dateTime.getValue() == null) {
			problems.add(new FieldProblem(at + ".effectiveDateTime", "dexa.fhir.effectiveMissing"));
			return null;
		}
		if (dateTime.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
			problems.add(new FieldProblem(at + ".effectiveDateTime", "dexa.fhir.effectiveMissing"));
			return null;
		}
		return LocalDate.parse(dateTime.getValueAsString().substring(0, 10));
	}

	private @Nullable String facility(DiagnosticReport report) {
		for (Reference performer : report.getPerformer()) {
			if (performer.hasDisplay()) {
				return performer.getDisplay();
			}
			if (performer.hasReference()) {
				Integer index = entryByReference.get(performer.getReference());
				if (index != null && entries.get(index).getResource() instanceof Organization organization
						&& organization.hasName()) {
					return organization.getName();
				}
			}
		}
		return null;
	}

	private static @Nullable Manufacturer manufacturer(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String normalised = name.toLowerCase(Locale.ROOT);
		if (normalised.contains("hologic")) {
			return Manufacturer.HOLOGIC;
		}
		if (normalised.contains("lunar") || normalised.contains("ge healthcare")) {
			return Manufacturer.GE_LUNAR;
		}
		if (normalised.contains("norland")) {
			return Manufacturer.NORLAND;
		}
		return Manufacturer.OTHER;
	}

	private static @Nullable String model(Device device) {
		return device.getDeviceName()
			.stream()
			.filter(name -> name.getType() == Device.DeviceNameType.MODELNAME && name.hasName())
			.map(Device.DeviceDeviceNameComponent::getName)
			.findFirst()
			.orElse(device.hasModelNumber() ? device.getModelNumber() : null);
	}

	private @Nullable Integer resolve(Reference reference, String at) {
		Integer index = reference.hasReference() ? entryByReference.get(reference.getReference()) : null;
		if (index == null) {
			problems.add(new FieldProblem(at, "dexa.fhir.unresolvedReference",
					reference.hasReference() ? reference.getReference() : "(empty)"));
		}
		return index;
	}

	private static boolean hasCode(CodeableConcept concept, String system, String code) {
		return concept != null
				&& concept.getCoding().stream().anyMatch(coding -> system.equals(coding.getSystem()) && code.equals(coding.getCode()));
	}

	private static String entry(int index) {
		return "entry[" + index + "]";
	}

	private static String firstLine(@Nullable String message) {
		return message == null ? "" : message.lines().findFirst().orElse("");
	}

	/**
	 * A scan read from the Bundle, with the Bundle path of each of its fields, so that the
	 * scan's validation problems can name where in the Bundle they are.
	 */
	record MappedScan(ScanCommand command, Map<String, String> fields) {

		InvalidInputException toBundle(InvalidInputException ex) {
			return new InvalidInputException(ex.problems()
				.stream()
				.map(problem -> new FieldProblem(fields.getOrDefault(problem.field(), "entry"), problem.code(),
						problem.args()))
				.toList());
		}

	}

	/** Collects the measures of one site from its Observations. */
	private static final class SiteBuilder {

		private final SiteKey key;

		private final String firstEntry;

		private @Nullable BigDecimal bmd;

		private @Nullable BigDecimal tScore;

		private @Nullable BigDecimal zScore;

		private @Nullable BigDecimal lscGcm2;

		private @Nullable String vertebrae;

		private @Nullable String bmdEntry;

		private @Nullable String tScoreEntry;

		private @Nullable String zScoreEntry;

		SiteBuilder(SiteKey key, String firstEntry) {
			this.key = key;
			this.firstEntry = firstEntry;
		}

		SiteCommand toCommand() {
			return new SiteCommand(key.site(), key.side(), vertebrae, bmd, tScore, zScore, lscGcm2);
		}

		void fields(int index, Map<String, String> fields) {
			String prefix = "sites[" + index + "].";
			fields.put(prefix + "site", bmdEntry + ".code");
			fields.put(prefix + "side", bmdEntry + ".code");
			fields.put(prefix + "vertebrae", bmdEntry + ".bodySite");
			fields.put(prefix + "bmd", bmdEntry + ".valueQuantity.value");
			fields.put(prefix + "lscGcm2", bmdEntry + ".component");
			if (tScoreEntry != null) {
				fields.put(prefix + "tScore", tScoreEntry + ".valueQuantity.value");
			}
			if (zScoreEntry != null) {
				fields.put(prefix + "zScore", zScoreEntry + ".valueQuantity.value");
			}
		}

	}

}
