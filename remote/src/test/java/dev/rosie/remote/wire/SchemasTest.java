package dev.rosie.remote.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rosie.core.ManualClock;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.Pose;
import dev.rosie.remote.auth.RemoteKey;
import dev.rosie.remote.auth.RequestSigner;
import dev.rosie.remote.robot.RobotStatus;
import dev.rosie.remote.robot.TelemetrySample;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The published schemas and the code agree: what is sent and accepted conforms, and nothing more is accepted. */
class SchemasTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2025-01-31T10:00:00Z"));
    private final RequestSigner signer = new RequestSigner(new RemoteKey("k1", "alex", Trust.OWNER, new byte[32],
            clock.instant()), "rosie", clock, new SecureRandom());

    @Test
    void should_describe_exactly_the_fields_the_reader_accepts() {
        assertThat(fields(Schemas.load("cmd"))).isEqualTo(new HashSet<>(PayloadReader.CMD_FIELDS));
        assertThat(fields(Schemas.load("estop"))).isEqualTo(new HashSet<>(PayloadReader.ESTOP_FIELDS));
    }

    @Test
    void should_accept_what_the_signer_sends_and_the_plain_mosquitto_pub_example() {
        assertThat(Schemas.violations(Schemas.load("cmd"), signer.command("clean the kitchen"))).isEmpty();
        assertThat(Schemas.violations(Schemas.load("estop"), signer.estop(EstopAction.ENGAGE))).isEmpty();
        assertThat(Schemas.violations(Schemas.load("cmd"), Wire.parse("{\"text\":\"open the front door\"}"))).isEmpty();
        assertThat(Schemas.violations(Schemas.load("cmd"), Wire.parse("{\"text\":42,\"x\":1}")))
                .contains("$.text: expected \"string\", found NUMBER", "$: unexpected property 'x'");
    }

    @Test
    void should_publish_status_and_telemetry_that_conform() {
        JsonNode online = toJson(RobotStatus.idle(), "rosie");
        JsonNode will = toJson(RobotStatus.lost(), "rosie");
        TelemetrySample sample = new TelemetrySample(clock.instant(), new Pose(1, 2, 3), 0.2, 0.1, 0.9, false, "running",
                Optional.of("clean_area:kitchen"), Optional.of("c-1-1"));

        assertThat(Schemas.violations(Schemas.load("status"), online)).isEmpty();
        assertThat(Schemas.violations(Schemas.load("status"), will)).isEmpty();
        assertThat(Schemas.violations(Schemas.load("telemetry"), telemetryJson(sample))).isEmpty();
    }

    private static JsonNode toJson(RobotStatus status, String robot) {
        return status.toJson(robot, 1L);
    }

    private static JsonNode telemetryJson(TelemetrySample sample) {
        return sample.toJson("rosie", 1L, 1L);
    }

    private static Set<String> fields(JsonNode schema) {
        Set<String> names = new HashSet<>();
        schema.get("properties").fieldNames().forEachRemaining(names::add);
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
        return names;
    }

    @Test
    void should_list_the_schemas_mqtt_md_names() {
        for (String name : List.of("cmd", "estop", "status", "telemetry", "event", "reply")) {
            assertThat(Schemas.load(name).get("$id").asText()).endsWith(name + ".schema.json");
        }
    }
}
