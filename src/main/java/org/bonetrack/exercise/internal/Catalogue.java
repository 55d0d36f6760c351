package org.bonetrack.exercise.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bonetrack.exercise.CatalogueEntry;
import org.bonetrack.exercise.CatalogueKind;
import org.bonetrack.shared.ExpiringValue;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The exercise catalogue: a few dozen rows that only a migration changes, yet every logged
 * session checks its exercises against it. Kept in memory for a short time to live (one minute by
 * default, {@code bonetrack.exercise.catalogue-cache-ttl}), so a row changed in the database by
 * hand is seen by every instance within it (issue 9: it was a query on every post).
 */
@Component
public class Catalogue {

	private final JdbcClient jdbc;

	private final ExpiringValue<Entries> kept;

	Catalogue(JdbcClient jdbc, Clock clock,
			@Value("${bonetrack.exercise.catalogue-cache-ttl:PT1M}") Duration timeToLive) {
		this.jdbc = jdbc;
		this.kept = new ExpiringValue<>(clock, timeToLive);
	}

	/** Every entry, in the catalogue's order (resistance exercises first). */
	public Entries entries() {
		return kept.get(this::read);
	}

	private Entries read() {
		List<CatalogueEntry> entries = jdbc.sql("""
				select key, kind, name, peak_force_bw, lower_body, force_source
				from exercise_catalogue order by sort_order, key
				""")
			.query((rs, row) -> new CatalogueEntry(rs.getString("key"), CatalogueKind.valueOf(rs.getString("kind")),
					rs.getString("name"), rs.getBigDecimal("peak_force_bw"), rs.getBoolean("lower_body"),
					rs.getString("force_source")))
			.list();
		return new Entries(entries);
	}

	/** A snapshot of the catalogue with lookups by key and by name. */
	public static final class Entries {

		private final List<CatalogueEntry> all;

		private final Map<String, CatalogueEntry> byKey = new LinkedHashMap<>();

		private final Map<String, CatalogueEntry> byName = new LinkedHashMap<>();

		Entries(List<CatalogueEntry> all) {
			this.all = List.copyOf(all);
			for (CatalogueEntry entry : all) {
				byKey.put(entry.key(), entry);
				byName.put(entry.name().toLowerCase(Locale.ROOT), entry);
			}
		}

		public List<CatalogueEntry> all() {
			return all;
		}

		public List<CatalogueEntry> of(CatalogueKind kind) {
			return all.stream().filter(entry -> entry.kind() == kind).toList();
		}

		public Optional<CatalogueEntry> byKey(String key) {
			return Optional.ofNullable(byKey.get(key));
		}

		/** By key, or by name ignoring case ("Squat" finds {@code squat}). */
		public Optional<CatalogueEntry> find(String keyOrName) {
			String wanted = keyOrName.trim();
			CatalogueEntry entry = byKey.get(wanted.toLowerCase(Locale.ROOT));
			return Optional.ofNullable(entry != null ? entry : byName.get(wanted.toLowerCase(Locale.ROOT)));
		}

		public String nameOf(String key) {
			CatalogueEntry entry = byKey.get(key);
			return entry == null ? key : entry.name();
		}

	}

}
