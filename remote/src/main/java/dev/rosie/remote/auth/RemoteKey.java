package dev.rosie.remote.auth;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.command.Trust;
import dev.rosie.remote.wire.Inbound;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A shared secret that signs remote requests on behalf of a principal at a trust level.
 *
 * @param secret 32 random bytes; never logged, never published
 */
public record RemoteKey(String id, String principal, Trust trust, byte[] secret, Instant created) {
    public static final int SECRET_BYTES = 32;
    private static final Pattern PRINCIPAL = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    public RemoteKey {
        if (id == null || !Inbound.Signed.KEY_ID.matcher(id).matches()) {
            throw new InvalidInputException("key id '" + id + "' must be 1-64 letters, digits, '-' or '_'");
        }
        if (principal == null || !PRINCIPAL.matcher(principal).matches()) {
            throw new InvalidInputException("principal '" + principal + "' must be 1-64 letters, digits or . _ @ -");
        }
        Objects.requireNonNull(trust, "trust");
        if (trust == Trust.UNTRUSTED) {
            throw new InvalidInputException("a key for '" + principal + "' cannot be untrusted; use owner or operator");
        }
        if (secret == null || secret.length != SECRET_BYTES) {
            throw new InvalidInputException("key " + id + " needs a secret of " + SECRET_BYTES + " bytes (64 hex digits)");
        }
        secret = secret.clone();
        Objects.requireNonNull(created, "created");
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    public String secretHex() {
        return HexFormat.of().formatHex(secret);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RemoteKey k && id.equals(k.id) && principal.equals(k.principal) && trust == k.trust
                && Arrays.equals(secret, k.secret) && created.equals(k.created);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, principal, trust, Arrays.hashCode(secret), created);
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "key " + id + " (" + principal + ", " + trust.wireName() + ")";
    }
}
