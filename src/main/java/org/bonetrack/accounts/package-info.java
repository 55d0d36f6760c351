/**
 * Accounts: people of the three roles, how they sign in (passwords, lockout, invitations,
 * personal access tokens) and the security rules of every page and endpoint.
 */
@ApplicationModule(displayName = "Accounts")
package org.bonetrack.accounts;

import org.springframework.modulith.ApplicationModule;
