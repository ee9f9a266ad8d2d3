/**
 * Authentication of remote requests: shared-secret keys (HMAC-SHA256) registered in the robot's
 * data directory and mapped to a principal and a trust level, the canonical form that is signed,
 * and a replay guard (timestamp window plus a bounded, persisted nonce cache). A request that fails
 * any check is untrusted data; only an {@link dev.rosie.remote.auth.AuthResult.Authenticated}
 * request carries a {@link dev.rosie.core.command.Source} that intake may turn into a command.
 */
package dev.rosie.remote.auth;
