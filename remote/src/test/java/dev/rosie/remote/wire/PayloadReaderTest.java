package dev.rosie.remote.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayloadReaderTest {
    private static final String SIG = "a".repeat(64);
    private final PayloadReader reader = new PayloadReader();

    private Inbound cmd(String json) {
        return reader.read(Kind.CMD, json.getBytes(StandardCharsets.UTF_8));
    }

    private static MalformedPayloadException malformed(Runnable r) {
        try {
            r.run();
        } catch (MalformedPayloadException e) {
            return e;
        }
        throw new AssertionError("expected a malformed payload");
    }

    @Test
    void should_read_an_unsigned_command_as_unsigned() {
        assertThat(cmd("{\"text\":\"open the front door\"}")).isEqualTo(new Inbound.Unsigned(Kind.CMD, "open the front door"));
    }

    @Test
    void should_read_every_field_of_a_signed_command() {
        Inbound in = cmd("{\"v\":1,\"text\":\"clean the kitchen\",\"key\":\"k1\",\"ts\":1735725600000,"
                + "\"nonce\":\"0123456789abcdef\",\"sig\":\"" + SIG + "\"}");

        assertThat(in).isEqualTo(new Inbound.Signed(Kind.CMD, 1, "clean the kitchen", "k1", 1735725600000L,
                "0123456789abcdef", SIG));
    }

    @Test
    void should_read_an_estop_action() {
        Inbound in = reader.read(Kind.ESTOP, ("{\"v\":1,\"action\":\"release\",\"key\":\"k1\",\"ts\":5,"
                + "\"nonce\":\"0123456789abcdef\",\"sig\":\"" + SIG + "\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(in.body()).isEqualTo("release");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|empty|empty",
        "'   '|not-json|blank",
        "{\"text\":|not-json|not valid JSON at line 1",
        "[1,2]|schema|must be a JSON object, not an array",
        "\"clean\"|schema|must be a JSON object, not the string",
        "{\"text\":42}|schema|field 'text' must be a string, not the number 42",
        "{\"text\":null}|schema|field 'text' must be a string, not null",
        "{\"txt\":\"clean\"}|schema|unknown field 'txt'",
        "{}|schema|field 'text' is missing",
        "{\"text\":\"  \"}|schema|field 'text' is empty",
        "{\"text\":\"a\",\"text\":\"b\"}|not-json|Duplicate field 'text'",
        "{\"text\":\"a\"} {}|not-json|not valid JSON",
        "{\"v\":2,\"text\":\"a\"}|schema|field 'v' must be the integer 1",
        "{\"v\":\"1\",\"text\":\"a\",\"sig\":\"x\"}|schema|field 'v' must be the integer 1",
        "{\"v\":1,\"text\":\"a\",\"sig\":\"x\"}|schema|field 'key' is missing",
        "{\"v\":1,\"text\":\"a\",\"key\":\"k 1\",\"sig\":\"x\"}|schema|field 'key' must be",
        "{\"v\":1,\"text\":\"a\",\"key\":\"k1\",\"ts\":\"now\",\"sig\":\"x\"}|schema|field 'ts' must be a non-negative integer",
        "{\"v\":1,\"text\":\"a\",\"key\":\"k1\",\"ts\":1.5,\"sig\":\"x\"}|schema|field 'ts' must be a non-negative integer",
        "{\"v\":1,\"text\":\"a\",\"key\":\"k1\",\"ts\":1,\"nonce\":\"short\",\"sig\":\"x\"}|schema|field 'nonce' must be",
        "{\"v\":1,\"text\":\"a\",\"key\":\"k1\",\"ts\":1,\"nonce\":\"0123456789abcdef\",\"sig\":\"XYZ\"}|schema|field 'sig' must be 64",
    })
    void should_name_the_problem_with_a_malformed_command(String json, String code, String message) {
        MalformedPayloadException e = malformed(() -> cmd(json));

        assertThat(e.code()).isEqualTo(code);
        assertThat(e.getMessage()).contains(message);
    }

    @Test
    void should_refuse_an_oversized_payload_before_parsing_it() {
        byte[] big = ("{\"text\":\"" + "a".repeat(Wire.MAX_PAYLOAD) + "\"}").getBytes(StandardCharsets.UTF_8);

        MalformedPayloadException e = malformed(() -> reader.read(Kind.CMD, big));

        assertThat(e.code()).isEqualTo("oversized");
        assertThat(e.getMessage()).contains(big.length + " bytes").contains("limit is " + Wire.MAX_PAYLOAD);
    }

    @Test
    void should_refuse_text_over_the_limit_naming_it() {
        MalformedPayloadException e = malformed(() -> cmd("{\"text\":\"" + "a".repeat(Wire.MAX_TEXT + 1) + "\"}"));

        assertThat(e.getMessage()).contains("2001 characters").contains("limit is 2000");
    }

    @Test
    void should_refuse_binary_data_as_not_utf8() {
        byte[] binary = {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3};

        MalformedPayloadException e = malformed(() -> reader.read(Kind.ESTOP, binary));

        assertThat(e.code()).isEqualTo("binary");
        assertThat(e.getMessage()).contains("not UTF-8");
    }

    @Test
    void should_refuse_deep_nesting() {
        MalformedPayloadException e = malformed(() -> cmd("{\"text\":" + "[".repeat(100) + "]".repeat(100) + "}"));

        assertThat(e.code()).isEqualTo("not-json");
    }

    @Test
    void should_refuse_an_unknown_estop_action() {
        assertThatThrownBy(() -> reader.read(Kind.ESTOP, "{\"action\":\"explode\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining("must be \"engage\" or \"release\", not the string \"explode\"");
    }

    @Test
    void should_quote_control_characters_instead_of_echoing_them() {
        MalformedPayloadException e = malformed(() -> cmd("{\"te\\u0000xt\":1}"));

        assertThat(e.getMessage()).contains("\\u0000").doesNotContain("\u0000");
    }
}
