package dev.rosie.launch.bench;

import dev.rosie.core.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The benchmarks {@code rosie bench} runs, in order: the headline first. To add one, write a small
 * class with a {@code static Benchmark entry()} that reuses its module's benchmark code, and add it
 * here; the report, the table, the JSON and the test that every promised figure appears pick it up.
 */
public final class BenchRegistry {
    private BenchRegistry() {
    }

    public static List<Benchmark> standard() {
        return List.of(
                VoiceToMotion.entry(),
                SpeechLatency.entry(),
                PlannerLatency.entry(),
                GuardLatency.entry(),
                MotionCost.entry(),
                SimulatorSpeed.entry(),
                MissionSpeed.entry(),
                WorldModelAppend.entry(),
                MqttRoundTrip.entry(),
                LlamaDecoding.entry(),
                CameraLatency.entry());
    }

    /** The named benchmarks, in the registry's order; an unknown name is an error that lists the known ones. */
    public static List<Benchmark> select(List<Benchmark> all, List<String> names) {
        List<String> known = all.stream().map(Benchmark::name).toList();
        List<String> unknown = names.stream().filter(n -> !known.contains(n)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("unknown benchmark" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + "; the benchmarks are " + String.join(", ", known));
        }
        List<Benchmark> chosen = new ArrayList<>();
        for (Benchmark b : all) {
            if (names.contains(b.name())) {
                chosen.add(b);
            }
        }
        return List.copyOf(chosen);
    }

    /** One line per benchmark: its name, what it measures and its figures. */
    public static String describe(List<Benchmark> all) {
        return all.stream().map(b -> String.format("%-16s %s%n%16s   figures: %s", b.name(), b.measures(), "",
                String.join(", ", b.figures()))).collect(Collectors.joining(System.lineSeparator()));
    }
}
