package org.bonetrack.dexa.web;

import java.time.LocalDate;
import java.util.List;

import org.bonetrack.dexa.Manufacturer;
import org.bonetrack.dexa.internal.ScanCommand;
import org.bonetrack.dexa.internal.ScanCommand.SiteCommand;
import org.jspecify.annotations.Nullable;

/**
 * A scan sent to the JSON API. On PUT, {@code version} (from the last read) makes a change made
 * meanwhile answer 409 instead of being overwritten; without it the update is unconditional.
 */
record ScanRequest(@Nullable LocalDate date, @Nullable String facility, @Nullable Manufacturer manufacturer,
		@Nullable String model, @Nullable List<SiteCommand> sites, @Nullable Long version) {

	ScanCommand toCommand() {
		return new ScanCommand(date, facility, manufacturer, model, sites);
	}

}
