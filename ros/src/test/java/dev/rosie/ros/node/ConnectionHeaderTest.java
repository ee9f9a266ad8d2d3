package dev.rosie.ros.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionHeaderTest {

    @Test
    void should_round_trip_fields_with_equals_signs_in_values() throws Exception {
        ConnectionHeader h = new ConnectionHeader(Map.of("callerid", "/rosie", "message_definition", "int32 X=1\nstring s"));
        assertThat(ConnectionHeader.read(new ByteArrayInputStream(h.encode()))).isEqualTo(h);
    }

    @Test
    void should_encode_lengths_little_endian_as_tcpros_does() {
        byte[] bytes = new ConnectionHeader(Map.of("a", "b")).encode();
        assertThat(bytes).containsExactly(7, 0, 0, 0, 3, 0, 0, 0, 'a', '=', 'b');
    }

    @Test
    void should_refuse_a_header_too_large_to_be_tcpros() {
        byte[] http = "GET / HTTP/1.1\r\n".getBytes();
        assertThatThrownBy(() -> ConnectionHeader.read(new ByteArrayInputStream(http)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is the peer speaking TCPROS?");
    }

    @Test
    void should_refuse_a_field_that_overruns_the_header() {
        byte[] bad = {8, 0, 0, 0, 100, 0, 0, 0, 'a', '=', 'b', 'c'};
        assertThatThrownBy(() -> ConnectionHeader.read(new ByteArrayInputStream(bad)))
                .hasMessageContaining("field of 100 bytes overruns the header");
    }

    @Test
    void should_refuse_a_field_without_an_equals_sign() {
        byte[] bad = {7, 0, 0, 0, 3, 0, 0, 0, 'a', 'b', 'c'};
        assertThatThrownBy(() -> ConnectionHeader.read(new ByteArrayInputStream(bad)))
                .hasMessageContaining("'abc' is not key=value");
    }

    @Test
    void should_report_a_connection_closed_mid_header() {
        byte[] cut = {20, 0, 0, 0, 1};
        assertThatThrownBy(() -> ConnectionHeader.read(new ByteArrayInputStream(cut))).isInstanceOf(EOFException.class)
                .hasMessageContaining("after 1 of 20 bytes");
    }
}
