package org.bonetrack.dexa.internal;

import java.time.LocalDate;
import java.util.List;

import org.bonetrack.dexa.Manufacturer;
import org.bonetrack.dexa.SiteResult;
import org.jspecify.annotations.Nullable;

/** A scan that passed {@link ScanValidator}: what gets stored. */
public record ValidScan(LocalDate date, String facility, Manufacturer manufacturer, @Nullable String model,
		List<SiteResult> sites) {

	public ValidScan {
		sites = List.copyOf(sites);
	}

}
