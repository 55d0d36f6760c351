package org.bonetrack.dexa.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bonetrack.dexa.DexaScan;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads scans with their sites, one query per call. */
@Component
public class DexaScanQueries {

	private final DexaScanRepository scans;

	DexaScanQueries(DexaScanRepository scans) {
		this.scans = scans;
	}

	/** One patient's scans, oldest first. */
	@Transactional(readOnly = true)
	public List<DexaScan> scans(long patientId) {
		return scans.findWithSitesByPatientId(patientId).stream().map(DexaScanEntity::toScan).toList();
	}

	/** Several patients' scans, oldest first per patient; patients without scans are absent. */
	@Transactional(readOnly = true)
	public Map<Long, List<DexaScan>> scansOf(Collection<Long> patientIds) {
		return scans.findWithSitesByPatientIdIn(patientIds)
			.stream()
			.collect(Collectors.groupingBy(DexaScanEntity::getPatientId, LinkedHashMap::new,
					Collectors.mapping(DexaScanEntity::toScan, Collectors.toList())));
	}

}
