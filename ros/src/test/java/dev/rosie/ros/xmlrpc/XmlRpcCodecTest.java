package dev.rosie.ros.xmlrpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XmlRpcCodecTest {
    private final XmlRpcCodec codec = new XmlRpcCodec();

    @Test
    void should_round_trip_a_call_with_every_ros_value_type() {
        List<Object> params = List.of("/rosie", 42, true, 1.5, List.of(List.of("TCPROS")), Map.of("k", "v & <w>"));
        XmlRpcCodec.Call call = codec.decodeCall(codec.encodeCall("requestTopic", params));
        assertThat(call.method()).isEqualTo("requestTopic");
        assertThat(call.params()).isEqualTo(params);
    }

    @Test
    void should_decode_a_response_as_pythons_xmlrpc_server_writes_it() {
        String xml = """
                <?xml version='1.0'?>
                <methodResponse>
                <params>
                <param>
                <value><array><data>
                <value><int>1</int></value>
                <value><string>Registered [/rosie] as publisher of [/odom]</string></value>
                <value><array><data>
                <value>http://127.0.0.1:4242/</value>
                </data></array></value>
                </data></array></value>
                </param>
                </params>
                </methodResponse>
                """;
        assertThat(codec.decodeResponse(xml)).isEqualTo(new XmlRpcCodec.Success(
                List.of(1, "Registered [/rosie] as publisher of [/odom]", List.of("http://127.0.0.1:4242/"))));
    }

    @Test
    void should_decode_a_fault() {
        assertThat(codec.decodeResponse(codec.encodeFault(3, "no such method")))
                .isEqualTo(new XmlRpcCodec.Fault(3, "no such method"));
    }

    @Test
    void should_refuse_a_document_type_declaration_so_no_entity_is_ever_expanded() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <methodCall><methodName>getPid</methodName><params><param><value>&x;</value></param></params></methodCall>
                """;
        assertThatThrownBy(() -> codec.decodeCall(xxe)).isInstanceOf(XmlRpcException.class)
                .hasMessageContaining("malformed XML-RPC call");
    }

    @Test
    void should_name_the_problem_when_a_value_is_not_what_its_type_says() {
        String bad = "<methodCall><methodName>getPid</methodName><params><param><value><int>four</int></value></param>"
                + "</params></methodCall>";
        assertThatThrownBy(() -> codec.decodeCall(bad)).hasMessageContaining("not an int: 'four'");
    }

    @Test
    void should_refuse_a_call_without_a_method_name() {
        assertThatThrownBy(() -> codec.decodeCall("<methodCall><params/></methodCall>"))
                .hasMessageContaining("without a methodName");
    }

    @Test
    void should_refuse_to_encode_a_long_that_does_not_fit_in_32_bits() {
        assertThatThrownBy(() -> codec.encodeResponse(1L << 40)).hasMessageContaining("32-bit");
    }
}
