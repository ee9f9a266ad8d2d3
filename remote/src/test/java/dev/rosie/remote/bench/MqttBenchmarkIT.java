package dev.rosie.remote.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.remote.broker.EmbeddedBroker;
import dev.rosie.remote.broker.MosquittoProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the MQTT benchmarks on the embedded broker and on Mosquitto and writes
 * {@code target/bench/mqtt.json}. Figures are recorded, never asserted against a threshold.
 */
class MqttBenchmarkIT {
    static final Path OUT = Path.of("target", "bench", "mqtt.json");

    @TempDir
    Path dir;

    @Test
    void should_measure_round_trips_and_telemetry_on_both_brokers() throws Exception {
        List<MqttBenchmark.RoundTrip> trips = new ArrayList<>();
        List<MqttBenchmark.Throughput> telemetry = new ArrayList<>();
        try (EmbeddedBroker embedded = EmbeddedBroker.start("127.0.0.1", 0, Optional.empty())) {
            trips.add(MqttBenchmark.roundTrip("embedded (Moquette 0.17)", embedded.uri(), dir.resolve("e"), 20, 200));
            telemetry.add(MqttBenchmark.telemetry("embedded (Moquette 0.17)", embedded.uri(), Duration.ofSeconds(2)));
        }
        try (MosquittoProcess mosquitto = MosquittoProcess.start(dir.resolve("mosquitto"))) {
            trips.add(MqttBenchmark.roundTrip("mosquitto 2.0", mosquitto.uri(), dir.resolve("m"), 20, 200));
            telemetry.add(MqttBenchmark.telemetry("mosquitto 2.0", mosquitto.uri(), Duration.ofSeconds(2)));
        }
        MqttBenchmark.write(OUT, trips, telemetry);

        assertThat(trips).allSatisfy(t -> assertThat(t.p99()).isGreaterThanOrEqualTo(t.p50()).isPositive());
        assertThat(telemetry).allSatisfy(t -> assertThat(t.received()).isPositive());
        assertThat(Files.readString(OUT)).contains("\"p50\"").contains("messages_per_second");
        System.out.println(Files.readString(OUT));
    }
}
