package dev.rosie.remote.auth;

import dev.rosie.remote.wire.Kind;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The canonical form of a request and its HMAC-SHA256. The canonical form is the UTF-8 bytes of
 * <pre>v|kind|robot|key|ts|nonce|body</pre>
 * with {@code v} the decimal version, {@code kind} {@code cmd} or {@code estop}, {@code ts} decimal
 * epoch milliseconds, and {@code body} the command text exactly as sent (or the e-stop action).
 * Every field but the last is restricted to characters without {@code |}, so the form is
 * unambiguous; the kind and robot are in it so a signature cannot be replayed on another topic or
 * another robot. The signature is 64 lowercase hex digits.
 */
public final class Signature {
    private static final String ALGORITHM = "HmacSHA256";

    private Signature() {
    }

    public static String canonical(int v, Kind kind, String robot, String keyId, long ts, String nonce, String body) {
        return v + "|" + kind.wireName() + "|" + robot + "|" + keyId + "|" + ts + "|" + nonce + "|" + body;
    }

    public static String sign(byte[] secret, String canonical) {
        return HexFormat.of().formatHex(mac(secret, canonical));
    }

    /** Compares in constant time, so the timing of a rejection says nothing about the right signature. */
    public static boolean verify(byte[] secret, String canonical, String hexSignature) {
        byte[] expected = mac(secret, canonical);
        byte[] given;
        try {
            given = HexFormat.of().parseHex(hexSignature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(expected, given);
    }

    private static byte[] mac(byte[] secret, String canonical) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK; this JVM lacks it", e);
        }
    }
}
