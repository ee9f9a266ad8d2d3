package dev.rosie.launch.bench;

import dev.rosie.actuation.Executor;
import dev.rosie.actuation.ExecutorConfig;
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
import dev.rosie.core.world.Cell;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.safety.ApprovedPlan;
import dev.rosie.safety.PolicyLoader;
import dev.rosie.safety.SafetyGuard;
import dev.rosie.sim.SimDriver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Motion costs on the reference apartment with every door open: global path planning (A* on the
 * inflated cost map) between random pairs of free cells, and one control tick of the executor while
 * it cleans the living room (the simulator's step is not in the tick's time).
 */
final class MotionCost {
    static final String PATH = "motion.global_path_planning";
    static final String TICK = "motion.control_tick";

    private MotionCost() {
    }

    static Benchmark entry() {
        return new Benchmark("motion", "global path planning and control tick cost", List.of(PATH, TICK),
                MotionCost::run);
    }

    static List<Figure> run(BenchContext context) {
        HomeMap map = context.apartment().map();
        for (var d : map.doors()) {
            map = map.withDoor(d.name(), true);
        }
        return List.of(paths(context.budget(), map), ticks(context.budget(), map));
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

    private static Figure ticks(Budget budget, HomeMap map) {
        ManualClock clock = new ManualClock(BenchContext.START);
        SimDriver sim = new SimDriver(map, map.dock(), clock);
        Executor executor = new Executor(sim, e -> { }, ExecutorConfig.defaults());
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
        return Figure.of(TICK, "control tick while cleaning (executor, without the simulator step)", "us",
                Stats.ofNanos(Arrays.copyOf(nanos, measured), warmups, 1e3));
    }
}
