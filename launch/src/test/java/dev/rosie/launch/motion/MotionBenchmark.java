package dev.rosie.launch.motion;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rosie.actuation.Executor;
import dev.rosie.actuation.ExecutorConfig;
import dev.rosie.actuation.avoid.AvoidanceConfig;
import dev.rosie.actuation.monitor.EmergencyStop;
import dev.rosie.actuation.motion.CostMap;
import dev.rosie.actuation.motion.GridPlanner;
import dev.rosie.core.ManualClock;
import dev.rosie.core.action.Action;
import dev.rosie.core.action.CleanMode;
import dev.rosie.core.action.Plan;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Screening;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.BeingKind;
import dev.rosie.core.world.Cell;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.safety.ApprovedPlan;
import dev.rosie.safety.PolicyLoader;
import dev.rosie.safety.SafetyGuard;
import dev.rosie.sim.Resident;
import dev.rosie.sim.SimDriver;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Motion figures for the README (issue 5): global path planning across the reference apartment, and
 * the cost of one control tick (executor, no monitor, on the simulator) while cleaning the living room:
 * with local avoidance (lidar tracking and the velocity guard) on, off, and on with three walkers about.
 * Figures go to a JSON file; nothing is asserted about them.
 */
public final class MotionBenchmark {
    private static final Instant START = Instant.parse("2026-11-22T08:00:00Z");

    public static Map<String, Object> run(int plans, int ticks) {
        HomeMap map = new RosieMapLoader(Clock.fixed(START, ZoneOffset.UTC)).referenceApartment().map();
        for (var d : map.doors()) {
            map = map.withDoor(d.name(), true);
        }
        CostMap costs = new CostMap(map, 0.17, 0.03);
        GridPlanner planner = new GridPlanner(costs);
        List<Point> free = new ArrayList<>();
        for (Room room : map.rooms()) {
            for (Cell c : map.grid().cellsInside(room.area())) {
                if (!costs.blocked(c)) {
                    free.add(map.grid().centerOf(c));
                }
            }
        }
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 50; i++) { // warm-up, discarded
            planner.plan(free.get(random.nextInt(free.size())), free.get(random.nextInt(free.size())));
        }
        long[] planNanos = new long[plans];
        for (int i = 0; i < plans; i++) {
            Point a = free.get(random.nextInt(free.size()));
            Point b = free.get(random.nextInt(free.size()));
            long t0 = System.nanoTime();
            planner.plan(a, b);
            planNanos[i] = System.nanoTime() - t0;
        }

        long[] tickNanos = new long[ticks];
        int done = cleaningTicks(map, List.of(), AvoidanceConfig.defaults(), tickNanos);
        long[] blindNanos = new long[ticks];
        int blind = cleaningTicks(map, List.of(), AvoidanceConfig.disabled(), blindNanos);
        long[] walkerNanos = new long[ticks];
        List<Resident> walkers = List.of(new Resident("alex", BeingKind.PERSON, new Point(2.0, 4.5), false),
                new Resident("guest", BeingKind.PERSON, new Point(5.5, 3.0), false),
                new Resident("miso", BeingKind.PET, new Point(1.0, 3.0), false));
        int crowded = cleaningTicks(map, walkers, AvoidanceConfig.defaults(), walkerNanos);
        // The lidar sweeps at 5 Hz and the loop ticks at 50 Hz: every tenth tick carries a new sweep
        // to segment and track. Those ticks, on their own:
        long[] sweepNanos = new long[crowded / 10 + 1];
        int sweeps = 0;
        for (int i = 9; i < crowded; i += 10) {
            sweepNanos[sweeps++] = walkerNanos[i];
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("benchmark", "motion");
        out.put("jdk", Runtime.version().toString());
        out.put("cpus", Runtime.getRuntime().availableProcessors());
        out.put("global_path_planning_ms", stats(planNanos, plans));
        out.put("control_tick_us_while_cleaning", statsMicros(tickNanos, done));
        out.put("control_tick_us_while_cleaning_avoidance_off", statsMicros(blindNanos, blind));
        out.put("control_tick_us_while_cleaning_with_3_walkers", statsMicros(walkerNanos, crowded));
        out.put("control_tick_us_with_a_new_sweep_with_3_walkers", statsMicros(sweepNanos, sweeps));
        return out;
    }

    /**
     * Cleans the living room from the dock, timing each executor tick (sensor read, lidar tracking,
     * avoidance, following) into {@code nanos}; returns how many ticks ran.
     */
    private static int cleaningTicks(HomeMap map, List<Resident> residents, AvoidanceConfig avoidance, long[] nanos) {
        ManualClock clock = new ManualClock(START);
        SimDriver sim = new SimDriver(map, residents, map.dock(), dev.rosie.sim.SimConfig.defaults(), clock);
        Executor executor = new Executor(sim, e -> { }, ExecutorConfig.defaults(), new EmergencyStop(), avoidance);
        Command c = new Command(new CommandId("bench"), "clean the living room", Source.cli("alex", Trust.OWNER), START,
                Screening.CLEAN);
        WorldSnapshot w = new WorldSnapshot(START, map, new RobotState(map.dock(), 1, true), Map.of(), List.of(), List.of());
        ApprovedPlan approved = (ApprovedPlan) new SafetyGuard(new PolicyLoader().loadReference(), clock)
                .review(c, new Plan(c.id(), List.of(new Action.CleanArea("living room", CleanMode.NORMAL)), "bench"), w);
        executor.submit(approved, map, clock.instant());
        int done = 0;
        for (int i = 0; i < nanos.length && executor.busy(); i++, done++) {
            sim.step();
            long t0 = System.nanoTime();
            executor.tick(clock.instant());
            nanos[i] = System.nanoTime() - t0;
        }
        return done;
    }

    private static Map<String, Object> stats(long[] nanos, int n) {
        long[] s = Arrays.copyOf(nanos, n);
        Arrays.sort(s);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runs", n);
        m.put("min", s[0] / 1e6);
        m.put("p50", s[n / 2] / 1e6);
        m.put("p99", s[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)] / 1e6);
        m.put("max", s[n - 1] / 1e6);
        return m;
    }

    private static Map<String, Object> statsMicros(long[] nanos, int n) {
        Map<String, Object> ms = stats(nanos, n);
        Map<String, Object> us = new LinkedHashMap<>();
        ms.forEach((k, v) -> us.put(k, v instanceof Double d ? d * 1000 : v));
        return us;
    }

    public static void write(Map<String, Object> figures, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), figures);
    }

    public static void main(String[] args) throws IOException {
        Map<String, Object> figures = run(500, 30_000);
        write(figures, Path.of(args.length > 0 ? args[0] : "target/bench/motion.json"));
        System.out.println(figures);
    }
}
