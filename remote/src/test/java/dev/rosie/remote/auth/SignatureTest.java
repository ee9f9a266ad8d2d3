package dev.rosie.remote.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.remote.wire.Kind;
import org.junit.jupiter.api.Test;

class SignatureTest {
    /** 00 01 02 ... 1f. */
    private static final byte[] SECRET = new byte[32];

    static {
        for (int i = 0; i < 32; i++) {
            SECRET[i] = (byte) i;
        }
    }

    @Test
    void should_build_the_documented_canonical_form() {
        assertThat(Signature.canonical(1, Kind.CMD, "rosie", "k0123456789ab", 1735725600000L, "0123456789abcdef0123",
                "clean the kitchen")).isEqualTo("1|cmd|rosie|k0123456789ab|1735725600000|0123456789abcdef0123|clean the kitchen");
    }

    @Test
    void should_match_an_independent_hmac_sha256() {
        // Computed with: printf '%s' '1|cmd|rosie|...|clean the kitchen' | openssl dgst -sha256 -mac HMAC -macopt hexkey:0001...1f
        String canonical = "1|cmd|rosie|k0123456789ab|1735725600000|0123456789abcdef0123|clean the kitchen";

        assertThat(Signature.sign(SECRET, canonical))
                .isEqualTo("2cc44a6033f9886614185e4c98667c41a5f2c6de4e90e37db16707970a8ef73d");
        assertThat(Signature.sign(SECRET, "1|estop|rosie|k0123456789ab|1735725600000|0123456789abcdef0123|engage"))
                .isEqualTo("c32fca8b7721f74276da5178898ae8f49ae673758b238de583e4f50ae5d3c063");
    }

    @Test
    void should_verify_only_the_exact_canonical_form() {
        String canonical = Signature.canonical(1, Kind.CMD, "rosie", "k1", 5, "0123456789abcdef", "clean the kitchen");
        String sig = Signature.sign(SECRET, canonical);

        assertThat(Signature.verify(SECRET, canonical, sig)).isTrue();
        assertThat(Signature.verify(SECRET, canonical + " ", sig)).isFalse();
        assertThat(Signature.verify(SECRET, canonical.replace("|cmd|", "|estop|"), sig)).isFalse();
        assertThat(Signature.verify(SECRET, canonical, "zz")).isFalse();
    }
}
