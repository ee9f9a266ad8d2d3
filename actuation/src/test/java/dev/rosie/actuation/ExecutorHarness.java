package dev.rosie.actuation;

import dev.rosie.core.ManualClock;
import dev.rosie.core.action.Action;
import dev.rosie.core.action.Plan;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Screening;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.testing.FakeDriver;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.safety.ApprovedPlan;
import dev.rosie.safety.PolicyLoader;
import dev.rosie.safety.SafetyGuard;
import dev.rosie.safety.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An executor on an ideal body, ticked at 50 Hz on a manual clock. Plans get approved the only way
 * there is: through the real guard with the reference policy.
 */
final class ExecutorHarness {
    static final Duration TICK = Duration.ofMillis(20);

    final ManualClock clock = new ManualClock(Instant.parse("2026-11-22T09:00:00Z"));
    final HomeMap map;
    final FakeDriver driver;
    final List<ExecutionEvent> events = new ArrayList<>();
    final Executor executor;
    private final SafetyGuard guard = new SafetyGuard(new PolicyLoader().loadReference(), clock);
    private int commands;

    ExecutorHarness(HomeMap map, Pose start) {
        this.map = map;
        this.driver = new FakeDriver(start, clock);
        this.executor = new Executor(driver, events::add, ExecutorConfig.defaults());
    }

    ApprovedPlan approve(Action... steps) {
        Command command = new Command(new CommandId("t-" + ++commands), "test", Source.cli("alex", Trust.OWNER),
                clock.instant(), Screening.CLEAN);
        WorldSnapshot world = new WorldSnapshot(clock.instant(), map, new RobotState(driver.pose(), 1.0, false),
                Map.of(), List.of(), List.of());
        Verdict verdict = guard.review(command, new Plan(command.id(), List.of(steps), "test"), world);
        if (verdict instanceof ApprovedPlan approved) {
            return approved;
        }
        throw new AssertionError("the guard refused a test plan: " + verdict);
    }

    void submit(Action... steps) {
        executor.submit(approve(steps), map, clock.instant());
    }

    /** Ticks until the executor is idle or {@code limit} of simulated time has passed. */
    void runFor(Duration limit) {
        Instant deadline = clock.instant().plus(limit);
        while (executor.busy() && clock.instant().isBefore(deadline)) {
            tick();
        }
    }

    void tick() {
        driver.step(TICK);
        clock.advance(TICK);
        executor.tick(clock.instant());
    }

    <T extends ExecutionEvent> List<T> eventsOf(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    boolean succeeded() {
        return eventsOf(ExecutionEvent.PlanFinished.class).stream().anyMatch(ExecutionEvent.PlanFinished::succeeded);
    }
}
