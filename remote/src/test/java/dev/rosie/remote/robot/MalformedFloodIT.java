package dev.rosie.remote.robot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rosie.remote.RemoteFixture;
import dev.rosie.remote.broker.EmbeddedBroker;
import dev.rosie.remote.client.RemoteClient;
import dev.rosie.remote.wire.Schemas;
import dev.rosie.remote.wire.Wire;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 malformed, oversized, wrongly typed or binary payloads on each subscribed topic: every one
 * is answered with an error event, the endpoint keeps working, and memory stays bounded.
 */
class MalformedFloodIT {
    private static final int PER_TOPIC = 10_000;
    private static final int WINDOW = 500;

    @TempDir
    Path data;

    @Test
    void should_answer_every_malformed_payload_with_an_error_and_stay_up() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start("127.0.0.1", 0, Optional.empty());
                RemoteFixture robot = new RemoteFixture(data, broker.uri(), RemoteFixture.uniqueRobot());
                RemoteClient attacker = robot.client()) {
            Random random = new Random(7);
            Map<String, Integer> codes = new HashMap<>();
            long heapBefore = 0;
            int sent = 0;
            int errors = 0;
            for (String topic : new String[] {robot.topics.cmd(), robot.topics.estop()}) {
                for (int batch = 0; batch < PER_TOPIC / WINDOW; batch++) {
                    for (int i = 0; i < WINDOW; i++) {
                        assertThat(attacker.enqueueRaw(topic, junk(random, sent + i), 1)).isTrue();
                    }
                    sent += WINDOW;
                    attacker.flush(RemoteFixture.WAIT);
                    while (errors < sent) {
                        JsonNode e = attacker.await(RemoteClient.event("error"), RemoteFixture.WAIT).orElseThrow(
                                () -> new AssertionError("no error event within " + RemoteFixture.WAIT)).json().orElseThrow();
                        codes.merge(e.get("code").asText(), 1, Integer::sum);
                        if (errors < 16) {
                            assertThat(Schemas.violations(Schemas.load("event"), e)).isEmpty();
                        }
                        errors++;
                    }
                    if (sent == WINDOW) {
                        heapBefore = usedHeapAfterGc();
                    }
                }
            }
            long heapAfter = usedHeapAfterGc();

            assertThat(errors).isEqualTo(2 * PER_TOPIC);
            assertThat(robot.endpoint.stats().errors.get()).isEqualTo(2 * PER_TOPIC);
            assertThat(robot.endpoint.stats().acknowledged.get()).isZero();
            assertThat(robot.inbox.pending()).isZero();
            assertThat(robot.endpoint.publisher().dropped()).isZero();
            assertThat(codes).containsKeys("empty", "oversized", "binary", "not-json", "schema");
            assertThat(heapAfter - heapBefore).as("heap growth in bytes").isLessThan(64L * 1024 * 1024);

            var cmd = robot.signer(robot.owner).command("clean the kitchen");
            attacker.publish(robot.topics.cmd(), cmd, 1, RemoteFixture.WAIT);
            assertThat(attacker.await(RemoteClient.eventFor(cmd.get("nonce").asText(), "ack"), RemoteFixture.WAIT))
                    .as("still acknowledges a good command after the flood").isPresent();
        }
    }

    /** Something no reader should accept: eight kinds, in turn, with random content. */
    private static byte[] junk(Random random, int i) {
        return switch (i % 8) {
            case 0 -> new byte[0];
            case 1 -> {
                byte[] b = new byte[1 + random.nextInt(512)];
                random.nextBytes(b);
                b[0] = (byte) 0xff;
                yield b;
            }
            case 2 -> utf8("{\"text\":\"" + "x".repeat(Wire.MAX_PAYLOAD + random.nextInt(4096)) + "\"}");
            case 3 -> utf8("{\"text\": \"clean" + "}".repeat(random.nextInt(3)) + ",,");
            case 4 -> utf8(switch (random.nextInt(4)) {
                case 0 -> "{\"text\":" + random.nextInt() + ",\"action\":" + random.nextInt() + "}";
                case 1 -> "{\"text\":[\"clean\"],\"action\":[\"engage\"]}";
                case 2 -> "{\"text\":true,\"action\":false}";
                default -> "{\"text\":{\"a\":1},\"action\":null}";
            });
            case 5 -> utf8("[".repeat(1 + random.nextInt(200)));
            case 6 -> utf8("{\"cmd\":\"clean\",\"op\":" + random.nextInt() + "}");
            default -> utf8("{\"v\":1,\"text\":\"clean\",\"action\":\"engage\",\"key\":\"k1\",\"ts\":-" + random.nextInt(1000)
                    + ",\"nonce\":\"x\",\"sig\":\"nothex\"}");
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
