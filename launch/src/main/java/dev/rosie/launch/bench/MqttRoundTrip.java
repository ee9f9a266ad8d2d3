package dev.rosie.launch.bench;

import dev.rosie.core.bench.Stats;
import dev.rosie.remote.bench.MqttBenchmark;
import dev.rosie.remote.broker.EmbeddedBroker;
import java.util.List;
import java.util.Optional;

/**
 * MQTT command round trip on the embedded broker (Moquette, loopback), measured by remote's
 * {@link MqttBenchmark}: a signed command is published, authenticated by the robot's endpoint,
 * written to its inbox (forced to disk) and acknowledged; publish to ack is one sample.
 */
final class MqttRoundTrip {
    static final String NAME = "mqtt.command_round_trip_embedded";

    private MqttRoundTrip() {
    }

    static Benchmark entry() {
        return new Benchmark("mqtt", "MQTT command -> ack round trip, embedded broker", List.of(NAME),
                MqttRoundTrip::run);
    }

    static List<Figure> run(BenchContext context) {
        int warmups = context.budget().warmups(30, 10);
        int runs = context.budget().runs(300, 30);
        double[] ms;
        try (EmbeddedBroker broker = EmbeddedBroker.start("127.0.0.1", 0, Optional.empty())) {
            ms = MqttBenchmark.roundTripMillis(broker.uri(), context.freshDir("mqtt"), warmups, runs);
        }
        return List.of(Figure.of(NAME, "MQTT command -> ack, embedded broker (Moquette), loopback", "ms",
                        Stats.of(ms, warmups))
                .with("includes", "signature check, inbox entry forced to disk, ack"));
    }
}
