package org.bonetrack.shared.web;

import java.util.Locale;

import org.bonetrack.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class MessagesConfigurationTests {

	@Autowired
	MessageSource messages;

	@Test
	void theApplicationReadsItsMessagesFromOneMergedTable() {
		assertThat(messages).isInstanceOf(ReloadableResourceBundleMessageSource.class);
	}

	@Test
	void messagesOfTheFirstAndOfLaterBundlesResolveAsWrittenInUtf8() {
		assertThat(messages.getMessage("erasure.confirm.required", null, Locale.ENGLISH))
			.isEqualTo("Tick the box to confirm that you want everything deleted.");
		assertThat(messages.getMessage("score.vitaminD.met", new Object[] { 20, 15.0 }, Locale.ENGLISH))
			.isEqualTo("Vitamin D: you reached your 15 µg (15 × 40 IU) every day.");
	}

	@Test
	void anUnknownCodeIsNotFoundInAnyLocale() {
		assertThatExceptionOfType(NoSuchMessageException.class)
			.isThrownBy(() -> messages.getMessage("no.such.code", null, Locale.GERMAN));
	}

}
