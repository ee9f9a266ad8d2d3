package dev.rosie.launch.mission;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rosie.core.action.Planner;
import dev.rosie.safety.Policy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Simulation speed of a whole mission: simulated seconds per wall-clock second, from the first tick
 * to the last (the robot's world, the planner's calls, the guard and every simulator step; not JVM
 * start-up, map loading or loading the planner's model). One warm-up run, then {@code runs}
 * measured runs with the same seed; the median is the figure. Written to a JSON file, never
 * asserted: the machine's load decides the number. {@code rosie bench} calls {@link #run}.
 */
public final class MissionBenchmark {

    /**
     * @param speeds simulated seconds per wall second of each measured run
     * @param medianSpeed the figure to quote
     * @param ticksPerSecond control ticks (executor + simulator step) per wall second, at the median
     * @param medianCpuSpeed simulated seconds per second of the running thread's CPU time: what one
     *     unshared core would give, whatever else the machine is doing
     */
    public record Result(String mission, long seed, String planner, int runs, double simulatedSeconds, long ticks,
            double[] speeds, double medianSpeed, double ticksPerSecond, double medianCpuSpeed, String cpu, int processors) {
        public Result {
            Objects.requireNonNull(mission, "mission");
            speeds = speeds.clone();
        }

        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("benchmark", "mission-sim-speed");
            m.put("mission", mission);
            m.put("seed", seed);
            m.put("planner", planner);
            m.put("runs", runs);
            m.put("simulated_seconds", simulatedSeconds);
            m.put("ticks", ticks);
            m.put("speeds", Arrays.stream(speeds).mapToObj(s -> Math.round(s * 10) / 10.0).toList());
            m.put("median_sim_seconds_per_wall_second", Math.round(medianSpeed * 10) / 10.0);
            m.put("ticks_per_wall_second", Math.round(ticksPerSecond));
            m.put("median_sim_seconds_per_cpu_second", Math.round(medianCpuSpeed * 10) / 10.0);
            m.put("goal", 1000);
            m.put("cpu", cpu);
            m.put("processors", processors);
            return m;
        }
    }

    private MissionBenchmark() {
    }

    /** Runs {@code mission} {@code runs} times after one warm-up, in {@code work}, and writes the result to {@code json}. */
    public static Result run(Mission mission, Policy policy, Planner planner, int runs, Path work, Path json) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, not " + runs);
        }
        MissionRunner runner = new MissionRunner(policy, planner, MissionRunner.Progress.NONE);
        runner.run(mission, mission.seed(), work);
        List<MissionResult> measured = new ArrayList<>();
        double[] cpuSpeeds = new double[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            MissionResult r = runner.run(mission, mission.seed(), work);
            long cpuNanos = Math.max(1, threads.getCurrentThreadCpuTime() - cpu0);
            cpuSpeeds[i] = r.simulated().toNanos() / (double) cpuNanos;
            measured.add(r);
        }
        Arrays.sort(cpuSpeeds);
        double[] speeds = measured.stream().mapToDouble(MissionResult::speed).toArray();
        double[] sorted = speeds.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        MissionResult first = measured.get(0);
        double wallAtMedian = first.simulated().toNanos() / 1e9 / median;
        Result result = new Result(mission.name(), mission.seed(), planner.name(), runs, first.simulated().toMillis() / 1000.0,
                first.ticks(), speeds, median, first.ticks() / wallAtMedian, cpuSpeeds[runs / 2], cpu(), Runtime.getRuntime().availableProcessors());
        write(json, result.toMap());
        return result;
    }

    /**
     * {@code MissionBenchmark MISSION.yaml RUNS OUT.json [embedded|rules]}: for measuring by hand until
     * {@code rosie bench} calls {@link #run}.
     */
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: MissionBenchmark MISSION.yaml RUNS OUT.json [embedded|rules]");
            System.exit(2);
        }
        Mission m = new MissionLoader(new MissionMaps(java.time.Clock.systemUTC())).load(Path.of(args[0]));
        var choice = dev.rosie.launch.wiring.PlannerChoice.parse(args.length > 3 ? args[3] : "embedded");
        try (var planner = dev.rosie.launch.wiring.Planners.create(choice,
                dev.rosie.planner.embedding.ModelFiles.defaultCacheRoot())) {
            Path work = Files.createTempDirectory("rosie-bench");
            Result r = run(m, new dev.rosie.safety.PolicyLoader().loadReference(), planner.planner(),
                    Integer.parseInt(args[1]), work, Path.of(args[2]));
            System.out.println(r.toMap());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.exit(0);
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void write(Path json, Map<String, Object> doc) {
        try {
            Path parent = json.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark result to " + json, e);
        }
    }
}
