package dev.rosie.ros.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.ros.msg.RosString;
import dev.rosie.ros.msg.Twist;
import dev.rosie.ros.testing.LogCapture;
import dev.rosie.ros.testing.RosCoreExtension;
import dev.rosie.ros.testing.RosTool;
import dev.rosie.ros.xmlrpc.XmlRpcClient;
import dev.rosie.ros.xmlrpc.XmlRpcException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad TCPROS peers are refused with a clear log line; the slave and master APIs answer as ROS tools expect. */
class HandshakeIT {
    static final Duration WAIT = Duration.ofSeconds(30);
    @RegisterExtension
    static final RosCoreExtension ros = new RosCoreExtension();
    Node node;
    Publisher<RosString> guarded;
    XmlRpcClient rpc;
    LogCapture log;

    @BeforeEach
    void startNode() {
        log = LogCapture.ros();
        node = Node.start(ros.nodeConfig("/rosie_guard"));
        guarded = node.newPublisher("/guarded", RosString.TYPE, true);
        guarded.publish(new RosString("ok"));
        rpc = new XmlRpcClient(Duration.ofSeconds(5));
    }

    @AfterEach
    void stopNode() {
        rpc.close();
        node.shutdown();
        log.close();
    }

    private int tcpPort() {
        List<?> answer = (List<?>) rpc.call(node.uri(), "requestTopic", "/tester", "/guarded", List.of(List.of("TCPROS")));
        assertThat(answer.get(0)).isEqualTo(1);
        List<?> params = (List<?>) answer.get(2);
        assertThat(params.subList(0, 2)).isEqualTo(List.of("TCPROS", "127.0.0.1"));
        return (Integer) params.get(2);
    }

    private ConnectionHeader handshake(Socket s, Map<String, String> fields) throws Exception {
        s.setSoTimeout((int) WAIT.toMillis());
        s.getOutputStream().write(new ConnectionHeader(fields).encode());
        return ConnectionHeader.read(s.getInputStream());
    }

    @Test
    void should_refuse_a_subscriber_with_a_wrong_md5sum_and_say_why() throws Exception {
        try (Socket s = new Socket("127.0.0.1", tcpPort())) {
            ConnectionHeader reply = handshake(s, Map.of("callerid", "/evil", "topic", "/guarded", "type", "std_msgs/String",
                    "md5sum", "00000000000000000000000000000000"));
            assertThat(reply.get("error")).hasValueSatisfying(e -> assertThat(e)
                    .contains("md5sum 00000000000000000000000000000000 does not match std_msgs/String (992ce8a1687cec8c8bd883ec73ca41d1)"));
            assertThat(s.getInputStream().read()).as("the connection is closed after the error").isEqualTo(-1);
        }
        assertThat(log.await("refused subscriber /evil on /guarded: md5sum 00000000000000000000000000000000", WAIT))
                .startsWith("WARNING");
    }

    @Test
    void should_refuse_a_subscriber_asking_for_another_type() throws Exception {
        try (Socket s = new Socket("127.0.0.1", tcpPort())) {
            ConnectionHeader reply = handshake(s, Map.of("callerid", "/confused", "topic", "/guarded",
                    "type", Twist.TYPE.name(), "md5sum", Twist.TYPE.md5sum()));
            assertThat(reply.get("error")).hasValueSatisfying(e ->
                    assertThat(e).contains("type geometry_msgs/Twist does not match std_msgs/String on /guarded"));
        }
        log.await("refused subscriber /confused on /guarded: type geometry_msgs/Twist", WAIT);
    }

    @Test
    void should_refuse_a_peer_that_does_not_speak_tcpros_and_keep_serving_others() throws Exception {
        try (Socket s = new Socket("127.0.0.1", tcpPort())) {
            s.setSoTimeout((int) WAIT.toMillis());
            s.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes());
            assertThat(s.getInputStream().read()).isEqualTo(-1);
        }
        assertThat(log.await("refused TCPROS connection from", WAIT)).contains("is the peer speaking TCPROS?");

        // A well-behaved raw subscriber still gets the latched message, framed as TCPROS frames it.
        try (Socket s = new Socket("127.0.0.1", tcpPort())) {
            ConnectionHeader reply = handshake(s, Map.of("callerid", "/good", "topic", "/guarded", "type", "*",
                    "md5sum", "*", "tcp_nodelay", "1"));
            assertThat(reply.fields()).containsEntry("type", "std_msgs/String")
                    .containsEntry("md5sum", RosString.TYPE.md5sum()).containsEntry("latching", "1")
                    .containsEntry("callerid", "/rosie_guard");
            InputStream in = s.getInputStream();
            byte[] frame = in.readNBytes(10);
            ByteBuffer b = ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(b.getInt()).as("frame length").isEqualTo(6);
            assertThat(b.getInt()).as("string length").isEqualTo(2);
            assertThat(new String(frame, 8, 2)).isEqualTo("ok");
            assertThat(guarded.awaitSubscribers(1, WAIT)).isTrue();
            assertThat(node.busInfo()).anySatisfy(c -> {
                assertThat(c.direction()).isEqualTo("o");
                assertThat(c.peer()).isEqualTo("/good");
                assertThat(c.topic()).isEqualTo("/guarded");
            });
        }
    }

    @Test
    void should_log_when_a_publisher_refuses_our_type() throws Exception {
        node.newSubscriber("/mismatch", Twist.TYPE).addMessageListener(m -> { });
        try (RosTool pub = RosTool.start(ros.core(), "rostopic", "pub", "-r", "10", "/mismatch", "std_msgs/String", "data: x")) {
            String line = log.await("refused publisher", WAIT);
            assertThat(line).contains("on /mismatch").contains("geometry_msgs/Twist");
        }
    }

    @Test
    void should_answer_the_slave_api_as_ros_tools_call_it() {
        node.newSubscriber("/heard", RosString.TYPE);
        assertThat(call("getPid")).isEqualTo((int) ProcessHandle.current().pid());
        assertThat(call("getMasterUri")).isEqualTo(ros.core().uri().toString());
        assertThat(call("getPublications")).isEqualTo(List.of(List.of("/guarded", "std_msgs/String")));
        assertThat(call("getSubscriptions")).isEqualTo(List.of(List.of("/heard", "std_msgs/String")));
        assertThat(call("getBusInfo")).isInstanceOf(List.class);
        List<?> unknownTopic = (List<?>) rpc.call(node.uri(), "requestTopic", "/t", "/nope", List.of(List.of("TCPROS")));
        assertThat(unknownTopic.get(0)).isEqualTo(-1);
        List<?> udp = (List<?>) rpc.call(node.uri(), "requestTopic", "/t", "/guarded", List.of(List.of("UDPROS")));
        assertThat(udp.subList(0, 2)).isEqualTo(List.of(0, "no supported protocol: only TCPROS"));
        assertThatThrownBy(() -> rpc.call(node.uri(), "noSuchMethod", "/t")).isInstanceOf(XmlRpcException.class)
                .hasMessageContaining("unknown method noSuchMethod");
    }

    @Test
    void should_be_found_by_the_master_api() {
        assertThat(node.master().lookupNode("/rosie_guard")).isEqualTo(node.uri().toString());
        MasterClient.SystemState state = node.master().getSystemState();
        assertThat(state.publishers()).containsEntry("/guarded", List.of("/rosie_guard"));
    }

    @Test
    void should_shut_down_when_the_master_says_so() throws Exception {
        // A second node taking the same name makes the master tell the first one to shut down.
        try (Node twin = Node.start(node.config())) {
            twin.newPublisher("/twin_topic", RosString.TYPE);
            log.await("ROS node /rosie_guard told to shut down", WAIT);
        }
    }

    private Object call(String method) {
        return MasterClient.unwrap(method, rpc.call(node.uri(), method, "/tester"));
    }
}
