package dev.rosie.launch.bench;

import dev.rosie.actuation.Executor;
import dev.rosie.actuation.ExecutorConfig;
import dev.rosie.core.ManualClock;
import dev.rosie.core.action.Action;
import dev.rosie.core.action.CleanMode;
import dev.rosie.core.action.Plan;
import dev.rosie.core.bench.Stats;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Screening;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.Sighting;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.safety.ApprovedPlan;
import dev.rosie.safety.PolicyLoader;
import dev.rosie.safety.SafetyGuard;
import dev.rosie.launch.wiring.RobotFactory;
import dev.rosie.sim.Resident;
import dev.rosie.sim.SimConfig;
import dev.rosie.sim.SimDriver;
import dev.rosie.worldmodel.map.LoadedMap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Simulator speed on a whole-apartment clean: every room the reference policy lets the robot clean
 * (with the residents where the map puts them, so the sleeping child's nursery is left out), one
 * approved plan a room, run one after another by the executor on the simulated body {@code demo} and
 * {@code serve} use (with the lidar), the residents walking about, ticked in lock step; one run's
 * simulated seconds over its wall seconds is one
 * sample (the CPU-time factor, which the machine's load does not move, is in the details). The
 * executor's work is in the figure: this is how fast the closed loop runs, not the physics alone.
 * Then camera frames rendered per second, in batches of {@value #BATCH}.
 */
final class SimulatorSpeed {
    static final String SPEED = "sim.realtime_factor_full_clean";
    static final String CAMERA = "sim.camera_frames_per_second";
    static final int BATCH = 50;
    private static final Duration LIMIT = Duration.ofHours(3);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private SimulatorSpeed() {
    }

    static Benchmark entry() {
        return new Benchmark("sim", "simulator speed (whole-apartment clean) and camera frames per second",
                List.of(SPEED, CAMERA), SimulatorSpeed::run);
    }

    static List<Figure> run(BenchContext context) {
        LoadedMap apartment = context.apartment();
        Budget budget = context.budget();
        int warmups = budget.warmups(1, 1);
        int runs = budget.runs(5, 1);
        double[] factors = new double[runs];
        double[] cpuFactors = new double[runs];
        double[] simOnly = new double[runs];
        Clean last = null;
        for (int i = -warmups; i < runs; i++) {
            Clean clean = clean(apartment, 7 + i);
            if (i >= 0) {
                factors[i] = clean.simulated.toNanos() / (double) clean.wallNanos;
                cpuFactors[i] = clean.simulated.toNanos() / (double) clean.cpuNanos;
                simOnly[i] = clean.simulated.toNanos() / (double) clean.stepNanos;
                last = clean;
            }
        }
        Figure speed = Figure.of(SPEED, "simulator speed, whole-apartment clean (simulated s per wall s)", "x",
                        Stats.of(factors, warmups))
                .withGoal(Goal.atLeast(Goal.Statistic.P50, 1000))
                .with("rooms", last.rooms)
                .with("simulated_seconds_per_run", last.simulated.toSeconds())
                .with("every_room_succeeded", last.succeeded)
                .with("steps_failed", last.failures)
                .with("cpu_time_factor_p50", Math.round(Stats.of(cpuFactors, warmups).p50()))
                .with("simulator_step_only_factor_p50", Math.round(Stats.of(simOnly, warmups).p50()))
                .with("threads", 1);
        return List.of(speed, camera(apartment, budget));
    }

    private record Clean(List<String> rooms, Duration simulated, long wallNanos, long cpuNanos, long stepNanos,
            boolean succeeded,
            List<String> failures) {
    }

    private static Clean clean(LoadedMap apartment, long seed) {
        HomeMap map = apartment.map();
        Instant start = BenchContext.START;
        ManualClock clock = new ManualClock(start);
        List<Resident> residents = apartment.residents().stream().map(Resident::from).toList();
        // The body `demo` and `serve` run (RobotFactory's configuration), with the residents walking about.
        SimDriver sim = new SimDriver(map, residents, map.dock(),
                SimConfig.defaults().withCommandTimeout(RobotFactory.BODY_WATCHDOG).withSeed(seed), clock);
        SafetyGuard guard = new SafetyGuard(new PolicyLoader().loadReference(), clock);
        WorldSnapshot world = new WorldSnapshot(start, map, new RobotState(map.dock(), 1, true), Map.of(),
                apartment.residents(), List.of());
        List<ApprovedPlan> plans = new ArrayList<>();
        List<String> rooms = new ArrayList<>();
        for (String room : map.roomNames()) {
            String id = "clean-" + room.replace(' ', '-');
            if (guard.review(command(clock, id), plan(id, List.of(room)), world) instanceof ApprovedPlan approved) {
                plans.add(approved);
                rooms.add(room);
            }
        }
        boolean[] succeeded = {false};
        List<String> failures = new ArrayList<>();
        Executor executor = new Executor(sim, e -> {
            switch (e) {
                case ExecutionEvent.PlanFinished f -> succeeded[0] &= f.succeeded();
                case ExecutionEvent.StepFailed f -> failures.add(f.action().label() + ": " + f.reason() + " (" + f.detail() + ")");
                default -> { }
            }
        }, ExecutorConfig.defaults());
        List<Point> people = apartment.residents().stream().map(Sighting::position).toList();
        succeeded[0] = true;
        long t0 = System.nanoTime();
        long cpu0 = CPU.getCurrentThreadCpuTime();
        long stepNanos = 0;
        // One plan a room, one after another from wherever the last ended: a room the robot gets stuck
        // in is reported and the clean goes on, as the whole apartment is what is being simulated.
        for (ApprovedPlan approved : plans) {
            executor.submit(approved, map, people, clock.instant());
            while (executor.busy() && Duration.between(start, clock.instant()).compareTo(LIMIT) < 0) {
                long s0 = System.nanoTime();
                sim.step();
                stepNanos += System.nanoTime() - s0;
                executor.tick(clock.instant());
            }
        }
        long wall = System.nanoTime() - t0;
        long cpu = CPU.getCurrentThreadCpuTime() - cpu0;
        return new Clean(rooms, Duration.between(start, clock.instant()), wall, cpu, stepNanos, succeeded[0], failures);
    }

    private static Command command(ManualClock clock, String id) {
        return new Command(new CommandId(id), "clean everywhere", Source.cli("alex", Trust.OWNER), clock.instant(),
                Screening.CLEAN);
    }

    private static Plan plan(String id, List<String> rooms) {
        return new Plan(new CommandId(id), rooms.stream().<Action>map(r -> new Action.CleanArea(r, CleanMode.NORMAL))
                .toList(), "bench");
    }

    private static Figure camera(LoadedMap apartment, Budget budget) {
        HomeMap map = apartment.map();
        ManualClock clock = new ManualClock(BenchContext.START);
        SimDriver sim = new SimDriver(map, apartment.residents().stream().map(Resident::from).toList(),
                new dev.rosie.core.world.Pose(1.0, 3.5, 0), SimConfig.DEFAULT, clock);
        sim.placeSign("please do not disturb", new Point(2.5, 3.5), Math.PI);
        sim.drive(new DriveCommand(0, 0.5));
        int warmups = budget.warmups(3, 1);
        int batches = budget.runs(20, 3);
        double[] fps = new double[batches];
        for (int b = -warmups; b < batches; b++) {
            long t0 = System.nanoTime();
            for (int f = 0; f < BATCH; f++) {
                sim.camera().orElseThrow();
                sim.step();
            }
            if (b >= 0) {
                fps[b] = BATCH / ((System.nanoTime() - t0) / 1e9);
            }
        }
        var cam = SimConfig.DEFAULT.sensors().camera();
        return Figure.of(CAMERA, "simulator camera frames per second (" + cam.width() + "x" + cam.height() + ")",
                        "frames/s", Stats.of(fps, warmups))
                .with("frames_per_run", BATCH);
    }
}
