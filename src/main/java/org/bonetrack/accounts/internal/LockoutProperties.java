package org.bonetrack.accounts.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** After {@code maxAttempts} wrong passwords in a row, an account is locked for {@code duration}. */
@ConfigurationProperties("bonetrack.lockout")
record LockoutProperties(@DefaultValue("5") int maxAttempts, @DefaultValue("15m") Duration duration) {
}
