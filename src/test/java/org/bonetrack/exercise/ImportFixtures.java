package org.bonetrack.exercise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The made-up export files under {@code src/test/resources/imports}. */
final class ImportFixtures {

	private ImportFixtures() {
	}

	static byte[] bytes(String path) {
		try (InputStream in = ImportFixtures.class.getResourceAsStream("/imports/" + path)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
