package dev.rosie.remote.auth;

import dev.rosie.core.command.Source;
import java.util.Objects;

/** Whether a request is believed, and on whose behalf. */
public sealed interface AuthResult {

    /** Signed with a registered key, fresh, not seen before. */
    record Authenticated(Source source, String keyId) implements AuthResult {
        public Authenticated {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(keyId, "keyId");
        }
    }

    /**
     * Untrusted: {@code code} is one of {@code unsigned}, {@code unknown-key}, {@code bad-signature},
     * {@code expired}, {@code replayed}, {@code busy}; {@code reason} says it for a person.
     */
    record Rejected(String code, String reason) implements AuthResult {
        public Rejected {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
