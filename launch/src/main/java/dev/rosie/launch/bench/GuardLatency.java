package dev.rosie.launch.bench;

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
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.safety.ApprovedPlan;
import dev.rosie.safety.Limits;
import dev.rosie.safety.Policy;
import dev.rosie.safety.PolicyLoader;
import dev.rosie.safety.SafetyGuard;
import dev.rosie.worldmodel.map.LoadedMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Guard check per plan step: the reference policy reviews a realistic four-step plan (clean the
 * kitchen, go to the office, pick up the sock, dock) on the reference apartment with its residents
 * as sightings; one review's time divided by the steps is one sample. The policy's rate limit is set
 * high enough never to trigger, so this measures the rules, not the limiter.
 */
final class GuardLatency {
    static final String NAME = "guard.check_per_step";

    private GuardLatency() {
    }

    static Benchmark entry() {
        return new Benchmark("guard", "guard check per plan step (reference policy and apartment)", List.of(NAME),
                GuardLatency::run);
    }

    static List<Figure> run(BenchContext context) {
        LoadedMap loaded = context.apartment();
        Policy reference = new PolicyLoader().loadReference();
        Policy policy = new Policy(reference.name(), reference.version(), reference.allowed(), reference.doorAccess(),
                reference.defaultDoorAccess(), reference.cleaningCooldown(), reference.sleepingChildQuiet(),
                reference.sightingMaxAge(), reference.maxPlanSteps(),
                new Limits(reference.limits().noGoMarginMetres(), reference.limits().keepOutMetres(),
                        reference.limits().maxSpeed(), 600));
        ManualClock clock = new ManualClock(BenchContext.START);
        SafetyGuard guard = new SafetyGuard(policy, clock);
        WorldSnapshot world = new WorldSnapshot(BenchContext.START, loaded.map(),
                new RobotState(loaded.map().dock(), 1, true), Map.of(), loaded.residents(), List.of());
        List<Action> steps = List.of(new Action.CleanArea("kitchen", CleanMode.NORMAL),
                Action.NavigateTo.named("office"), new Action.PickUp("sock"), new Action.Dock());
        int warmups = context.budget().warmups(5_000, 1_000);
        int runs = context.budget().runs(50_000, 5_000);
        long[] perStep = new long[runs];
        for (int i = -warmups; i < runs; i++) {
            clock.advance(Duration.ofMillis(200));
            Command c = new Command(new CommandId("b-" + (i + warmups)),
                    "clean the kitchen, go to the office, pick up the sock", Source.cli("alex", Trust.OWNER),
                    clock.instant(), Screening.CLEAN);
            Plan plan = new Plan(c.id(), steps, "bench");
            long t0 = System.nanoTime();
            var verdict = guard.review(c, plan, world);
            long took = (System.nanoTime() - t0) / steps.size();
            if (!(verdict instanceof ApprovedPlan)) {
                throw new IllegalStateException("the guard refused the benchmark's plan: " + verdict);
            }
            if (i >= 0) {
                perStep[i] = took;
            }
        }
        return List.of(Figure.of(NAME, "guard check per plan step (4-step plan)", "us", Stats.ofNanos(perStep, warmups, 1e3))
                .withGoal(Goal.atMost(Goal.Statistic.P99, 50))
                .with("steps_per_plan", steps.size()));
    }
}
