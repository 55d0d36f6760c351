package org.bonetrack.dexa;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A stored scan as measured: what the analysis works from. */
public record DexaScan(long id, long version, LocalDate date, String facility, Manufacturer manufacturer,
		@Nullable String model, List<SiteResult> sites) {

	public DexaScan {
		sites = List.copyOf(sites);
	}

}
