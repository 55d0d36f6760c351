package org.bonetrack.support.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChromiumTests {

	@Test
	void aMissingBrowserIsAFailureThatSaysWhatToInstall() {
		assertThatThrownBy(() -> Chromium.executable(null, "/nonexistent/chromium", "BONETRACK_CHROME_BINARY", "Chromium"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("/nonexistent/chromium is not an executable file")
			.hasMessageContaining("apt-get install -y chromium chromium-driver")
			.hasMessageContaining("BONETRACK_CHROME_BINARY");
	}

	@Test
	void theVariableWinsOverTheDebianDefault() {
		assertThat(Chromium.executable("/bin/sh", "/nonexistent/chromium", "BONETRACK_CHROME_BINARY", "Chromium"))
			.hasToString("/bin/sh");
		assertThat(Chromium.executable(" ", "/bin/sh", "BONETRACK_CHROME_BINARY", "Chromium")).hasToString("/bin/sh");
	}

}
