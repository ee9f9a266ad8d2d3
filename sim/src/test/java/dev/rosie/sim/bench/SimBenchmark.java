package dev.rosie.sim.bench;

import dev.rosie.core.ManualClock;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.world.Pose;
import dev.rosie.sim.Resident;
import dev.rosie.sim.SimConfig;
import dev.rosie.sim.SimDriver;
import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Measures the simulator on one thread: ten simulated minutes of a robot wandering the reference
 * apartment with suction on, reading its sensors every step the way the executor does, while alex,
 * the guest and miso walk about and the lidar sweeps at 5 Hz; then camera frames rendered per second.
 * Run it with {@code mvn -pl sim -am verify -Pbench} (see the sim README); it writes
 * {@code target/bench/sim.json} next to the test classes. Wall-clock factors depend on what else the
 * machine runs; the CPU-time factors (simulated seconds per second of this thread's CPU time) are
 * what one core does, and the load average at the start says how busy the machine was.
 */
public final class SimBenchmark {
    private static final Instant T0 = Instant.parse("2025-01-01T08:00:00Z");
    private static final Duration DRIVE = Duration.ofMinutes(10);
    private static final int RUNS = 7;
    private static final int FRAMES = 300;

    private SimBenchmark() {
    }

    public static void main(String[] args) throws IOException, URISyntaxException {
        LoadedMap apartment = new RosieMapLoader(Clock.fixed(T0, ZoneOffset.UTC)).referenceApartment();
        List<Resident> residents = apartment.residents().stream().map(Resident::from).toList();

        // Warm-up: let the JIT compile the hot loops.
        wander(apartment, residents, 1);
        wander(apartment, residents, 2);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<Double> factors = new ArrayList<>();
        List<Double> cpuFactors = new ArrayList<>();
        Result last = null;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            last = wander(apartment, residents, run + 3);
            double wall = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            factors.add(DRIVE.toNanos() / 1e9 / wall);
            cpuFactors.add(DRIVE.toNanos() / 1e9 / cpuSeconds);
        }
        Collections.sort(factors);
        Collections.sort(cpuFactors);
        double median = factors.get(RUNS / 2);

        SimDriver sim = new SimDriver(apartment.map(), residents, new Pose(1.0, 3.5, 0), SimConfig.DEFAULT,
                new ManualClock(T0));
        sim.placeSign("please do not disturb", new dev.rosie.core.world.Point(2.5, 3.5), Math.PI);
        sim.drive(new DriveCommand(0, 0.5));
        for (int i = 0; i < 50; i++) {
            sim.camera();
            sim.step();
        }
        long start = System.nanoTime();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < FRAMES; i++) {
            sim.camera().orElseThrow();
            sim.step();
        }
        double fps = FRAMES / ((System.nanoTime() - start) / 1e9);
        double cpuFps = FRAMES / ((cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9);

        String json = String.format(Locale.ROOT, """
                {
                  "benchmark": "sim",
                  "scenario": "reference apartment, 3 walkers and a sleeping child, lidar 360 beams at 5 Hz, noisy odometry, suction on, sensors read every step",
                  "simulated_seconds_per_run": %d,
                  "runs": %d,
                  "realtime_factor_median": %.1f,
                  "realtime_factor_min": %.1f,
                  "realtime_factor_max": %.1f,
                  "cpu_time_factor_median": %.1f,
                  "cpu_time_factor_min": %.1f,
                  "cpu_time_factor_max": %.1f,
                  "distance_m": %.1f,
                  "collisions": %d,
                  "living_room_coverage": %.3f,
                  "camera_width": %d,
                  "camera_height": %d,
                  "camera_frames_per_second": %.1f,
                  "camera_frames_per_cpu_second": %.1f,
                  "threads": 1,
                  "system_load_average_at_start": %.2f,
                  "available_processors": %d,
                  "java": "%s"
                }
                """, DRIVE.toSeconds(), RUNS, median, factors.getFirst(), factors.getLast(), cpuFactors.get(RUNS / 2),
                cpuFactors.getFirst(), cpuFactors.getLast(), last.distance, last.collisions, last.livingRoomCoverage,
                SimConfig.DEFAULT.sensors().camera().width(), SimConfig.DEFAULT.sensors().camera().height(), fps, cpuFps,
                load, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        Path out = outputFile();
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
        System.out.print(json);
        System.out.println("written to " + out);
    }

    private record Result(double distance, int collisions, double livingRoomCoverage) {
    }

    /**
     * A bump-and-turn wanderer, like the first vacuum robots: straight ahead until the lidar sees
     * something close in front, the bumper is pressed or a cliff sensor fires, then back off a little
     * and turn a random amount.
     */
    private static Result wander(LoadedMap apartment, List<Resident> residents, long seed) {
        SimConfig config = SimConfig.realistic().withSeed(seed);
        SimDriver sim = new SimDriver(apartment.map(), residents, new Pose(3.5, 4.0, 0.3), config, new ManualClock(T0));
        Random choices = new Random(seed);
        sim.suction(true);
        long steps = DRIVE.toNanos() / config.step().toNanos();
        int turning = 0;
        int reversing = 0;
        double turnRate = 1.0;
        for (long s = 0; s < steps; s++) {
            SensorReading r = sim.read();
            if (reversing > 0) {
                reversing--;
                sim.drive(new DriveCommand(-0.1, 0));
            } else if (turning > 0) {
                turning--;
                sim.drive(new DriveCommand(0, turnRate));
            } else if (r.bumper() || r.cliff() || r.scan().map(scan -> scan.nearestAhead(0.4) < 0.45).orElse(false)) {
                reversing = r.bumper() || r.cliff() ? 15 : 0;
                turning = 20 + choices.nextInt(60);
                turnRate = choices.nextBoolean() ? 1.5 : -1.5;
                sim.drive(DriveCommand.ZERO);
            } else {
                sim.drive(new DriveCommand(0.3, 0));
            }
            sim.step();
        }
        return new Result(sim.distanceTravelled(), sim.collisions(), sim.dirt("living room").coverage());
    }

    /** {@code target/bench/sim.json} of the module the benchmark was compiled in. */
    private static Path outputFile() throws URISyntaxException {
        Path classes = Path.of(SimBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return classes.getParent().resolve("bench").resolve("sim.json");
    }
}
