package dev.rosie.launch.bench;

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
import dev.rosie.core.bench.Stats;
import dev.rosie.core.bench.Timing;
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
import dev.rosie.sim.SimConfig;
import dev.rosie.sim.SimDriver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Motion costs on the reference apartment with every door open: global path planning (A* on the
 * inflated cost map) between random pairs of free cells, and one control tick of the executor while
 * it cleans the living room (the simulator's step is not in the tick's time): with local avoidance
 * (lidar segmentation, tracking, the velocity guard) as it runs, with it switched off, and with
 * alex, the guest and the cat walking about (the lidar's 5 Hz sweeps land on every tenth tick).
 */
final class MotionCost {
    static final String PATH = "motion.global_path_planning";
    static final String TICK = "motion.control_tick";
    static final String TICK_BLIND = "motion.control_tick_avoidance_off";
    static final String TICK_WALKERS = "motion.control_tick_with_3_walkers";

    private MotionCost() {
    }

    static Benchmark entry() {
        return new Benchmark("motion", "global path planning and control tick cost", List.of(PATH, TICK, TICK_BLIND, TICK_WALKERS),
                MotionCost::run);
    }

    static List<Figure> run(BenchContext context) {
        HomeMap map = context.apartment().map();
        for (var d : map.doors()) {
            map = map.withDoor(d.name(), true);
        }
        List<Resident> walkers = List.of(new Resident("alex", BeingKind.PERSON, new Point(2.0, 4.5), false),
                new Resident("guest", BeingKind.PERSON, new Point(5.5, 3.0), false),
                new Resident("miso", BeingKind.PET, new Point(1.0, 3.0), false));
        Budget budget = context.budget();
        return List.of(paths(budget, map),
                ticks(budget, map, List.of(), AvoidanceConfig.defaults(), TICK,
                        "control tick while cleaning (executor, without the simulator step)"),
                ticks(budget, map, List.of(), AvoidanceConfig.disabled(), TICK_BLIND,
                        "control tick while cleaning, local avoidance off"),
                ticks(budget, map, walkers, AvoidanceConfig.defaults(), TICK_WALKERS,
                        "control tick while cleaning, 2 people and a cat walking"));
    }

    private static Figure paths(Budget budget, HomeMap map) {
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
        int warmups = budget.warmups(50, 10);
        Stats stats = Timing.system().measure(warmups, budget.runs(1_000, 100), 1e6,
                i -> planner.plan(free.get(random.nextInt(free.size())), free.get(random.nextInt(free.size()))));
        return Figure.of(PATH, "global path planning across the apartment (A*, random pairs)", "ms", stats);
    }

    private static Figure ticks(Budget budget, HomeMap map, List<Resident> residents, AvoidanceConfig avoidance,
            String name, String what) {
        ManualClock clock = new ManualClock(BenchContext.START);
        SimDriver sim = new SimDriver(map, residents, map.dock(), SimConfig.defaults(), clock);
        Executor executor = new Executor(sim, e -> { }, ExecutorConfig.defaults(), new EmergencyStop(), avoidance);
        Command c = new Command(new CommandId("bench"), "clean the living room", Source.cli("alex", Trust.OWNER),
                BenchContext.START, Screening.CLEAN);
        WorldSnapshot w = new WorldSnapshot(BenchContext.START, map, new RobotState(map.dock(), 1, true), Map.of(),
                List.of(), List.of());
        ApprovedPlan approved = (ApprovedPlan) new SafetyGuard(new PolicyLoader().loadReference(), clock)
                .review(c, new Plan(c.id(), List.of(new Action.CleanArea("living room", CleanMode.NORMAL)), "bench"), w);
        executor.submit(approved, map, clock.instant());
        int warmups = budget.warmups(2_000, 500);
        int runs = budget.runs(30_000, 3_000);
        long[] nanos = new long[runs];
        int measured = 0;
        for (int i = -warmups; i < runs && executor.busy(); i++) {
            sim.step();
            long t0 = System.nanoTime();
            executor.tick(clock.instant());
            long took = System.nanoTime() - t0;
            if (i >= 0) {
                nanos[measured++] = took;
            }
        }
        return Figure.of(name, what, "us", Stats.ofNanos(Arrays.copyOf(nanos, measured), warmups, 1e3));
    }
}
