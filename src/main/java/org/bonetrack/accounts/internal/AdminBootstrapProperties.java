package org.bonetrack.accounts.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** BONETRACK_ADMIN_EMAIL / BONETRACK_ADMIN_PASSWORD: the first admin of a fresh deployment. */
@ConfigurationProperties("bonetrack.admin")
record AdminBootstrapProperties(@Nullable String email, @Nullable String password) {

	boolean configured() {
		return email != null && !email.isBlank() && password != null && !password.isBlank();
	}

}
