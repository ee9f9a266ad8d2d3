package dev.rosie.remote.wire;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A request as parsed from the wire, before anyone decided whether to believe it.
 *
 * <p>{@code body} is the command text for {@link Kind#CMD} and the action's wire name for
 * {@link Kind#ESTOP}; it is the last field of the signed canonical form.
 */
public sealed interface Inbound {

    Kind kind();

    String body();

    /** No signature at all: untrusted data by definition. */
    record Unsigned(Kind kind, String body) implements Inbound {
        public Unsigned {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(body, "body");
        }
    }

    /**
     * Carries a key id, timestamp, nonce and signature; whether they hold up is for the authenticator.
     *
     * @param ts the sender's clock, epoch milliseconds
     * @param sig the HMAC-SHA256 as 64 lowercase hex digits
     */
    record Signed(Kind kind, int v, String body, String key, long ts, String nonce, String sig) implements Inbound {
        public static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
        public static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16,64}");
        public static final Pattern SIG = Pattern.compile("[0-9a-f]{64}");

        public Signed {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(body, "body");
            if (key == null || !KEY_ID.matcher(key).matches()) {
                throw new IllegalArgumentException("bad key id " + key);
            }
            if (nonce == null || !NONCE.matcher(nonce).matches()) {
                throw new IllegalArgumentException("bad nonce " + nonce);
            }
            if (sig == null || !SIG.matcher(sig).matches()) {
                throw new IllegalArgumentException("bad signature " + sig);
            }
        }
    }
}
