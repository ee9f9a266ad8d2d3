package dev.rosie.remote.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A text only the holder of one key can read, for replies on a topic everyone on the broker reads:
 * the full reason of a refusal goes to the owner who asked, sealed, next to the public reason
 * everyone sees. AES-256-GCM under a key derived from the key's shared secret
 * ({@code HMAC-SHA256(secret, "rosie/v1/reply-seal")}, so the signing key itself is never used to
 * encrypt), a fresh 96-bit IV per reply, and {@code robot|ref|key} as associated data, so a sealed
 * text cannot be moved to another request, robot or key without failing to open.
 *
 * <p>On the wire: {@code "sealed": {"key": KEY_ID, "iv": 24 hex digits, "data": base64 of the
 * ciphertext and its 128-bit tag}}.
 */
public final class ReplySeal {
    private static final byte[] LABEL = "rosie/v1/reply-seal".getBytes(StandardCharsets.UTF_8);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** A sealed text as published. */
    public record Sealed(String key, byte[] iv, byte[] data) {
        public Sealed {
            Objects.requireNonNull(key, "key");
            if (iv == null || iv.length != IV_BYTES) {
                throw new InvalidInputException("sealed.iv: must be " + IV_BYTES + " bytes (" + 2 * IV_BYTES + " hex digits)");
            }
            if (data == null || data.length < TAG_BITS / 8) {
                throw new InvalidInputException("sealed.data: too short to hold the authentication tag");
            }
            iv = iv.clone();
            data = data.clone();
        }

        @Override
        public byte[] iv() {
            return iv.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        public void writeTo(ObjectNode sealed) {
            sealed.put("key", key);
            sealed.put("iv", HexFormat.of().formatHex(iv));
            sealed.put("data", Base64.getEncoder().encodeToString(data));
        }

        /** Reads the {@code sealed} object of a reply, naming the field that is wrong. */
        public static Sealed read(JsonNode sealed) {
            for (String field : new String[] {"key", "iv", "data"}) {
                if (!sealed.path(field).isTextual()) {
                    throw new InvalidInputException("sealed." + field + ": missing or not a string");
                }
            }
            try {
                return new Sealed(sealed.get("key").asText(), HexFormat.of().parseHex(sealed.get("iv").asText()),
                        Base64.getDecoder().decode(sealed.get("data").asText()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("sealed: iv is not hex or data is not base64 (" + e.getMessage() + ")");
            }
        }
    }

    private ReplySeal() {
    }

    /** Seals {@code text} for the holder of {@code key}, about the request {@code ref} to {@code robot}. */
    public static Sealed seal(RemoteKey key, String robot, String ref, String text, SecureRandom random) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher aes = cipher(Cipher.ENCRYPT_MODE, key, iv);
            aes.updateAAD(associated(robot, ref, key.id()));
            return new Sealed(key.id(), iv, aes.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK; this JVM cannot use it", e);
        }
    }

    /**
     * The text, if {@code sealed} was sealed for {@code key} about {@code ref} to {@code robot}; empty
     * if it was for another key, or was altered or moved.
     */
    public static Optional<String> open(RemoteKey key, String robot, String ref, Sealed sealed) {
        if (!sealed.key().equals(key.id())) {
            return Optional.empty();
        }
        try {
            Cipher aes = cipher(Cipher.DECRYPT_MODE, key, sealed.iv());
            aes.updateAAD(associated(robot, ref, key.id()));
            return Optional.of(new String(aes.doFinal(sealed.data()), StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK; this JVM cannot use it", e);
        }
    }

    private static Cipher cipher(int mode, RemoteKey key, byte[] iv) throws GeneralSecurityException {
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(mode, new SecretKeySpec(hmac.doFinal(LABEL), "AES"), new GCMParameterSpec(TAG_BITS, iv));
        return aes;
    }

    private static byte[] associated(String robot, String ref, String keyId) {
        return (robot + "|" + ref + "|" + keyId).getBytes(StandardCharsets.UTF_8);
    }
}
