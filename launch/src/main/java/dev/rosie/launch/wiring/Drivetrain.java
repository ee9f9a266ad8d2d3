package dev.rosie.launch.wiring;

import dev.rosie.actuation.Executor;
import dev.rosie.actuation.monitor.MonitorLimits;
import dev.rosie.actuation.monitor.RuntimeMonitor;
import dev.rosie.core.execution.ExecutionListener;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Sighting;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.safety.ApprovedPlan;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The chain an approved plan drives the body through: the executor commands the runtime monitor,
 * which caps every command (speed from the policy, slow zone around people and pets, no-go
 * geofence, bumper, cliff, e-stop) and hands what is left through the parts' wheels wrapper to the
 * body. It also keeps where people and pets were last seen, which both the executor and the slow
 * zone need.
 */
final class Drivetrain {
    private final Executor executor;
    private final RuntimeMonitor monitor;
    private final Duration sightingMaxAge;
    /** Where people and pets were last seen, refreshed from the world when a plan starts. */
    private volatile List<Point> lastSeen = List.of();

    Drivetrain(RobotParts parts, ExecutionListener listener) {
        this.sightingMaxAge = parts.guard().policy().sightingMaxAge();
        this.monitor = new RuntimeMonitor(Objects.requireNonNull(parts.wheels().apply(parts.body()), "wheels"),
                MonitorLimits.withMaxSpeed(parts.guard().policy().limits().maxSpeed()), parts.estop(),
                parts.body().map(), this::nearby, parts.clock());
        this.executor = new Executor(monitor, listener, parts.motion(), parts.estop());
    }

    Executor executor() {
        return executor;
    }

    RuntimeMonitor monitor() {
        return monitor;
    }

    /** Starts a command's first plan, with the people and pets {@code snapshot} saw recently enough to trust. */
    void start(ApprovedPlan approved, WorldSnapshot snapshot, Instant now) {
        lastSeen = snapshot.sightings().stream().filter(s -> s.fresh(now, sightingMaxAge)).map(Sighting::position)
                .toList();
        executor.submit(approved, snapshot.map(), lastSeen, now);
    }

    /** Starts a new plan for the same command, around the people seen when the command started. */
    void restart(ApprovedPlan approved, WorldSnapshot snapshot, Instant now) {
        executor.submit(approved, snapshot.map(), lastSeen, now);
    }

    /**
     * The slow zone counts both the people the world model last saw and what the executor's own
     * lidar tracks now: the monitor does not depend on the planner's list alone.
     */
    private List<Point> nearby() {
        List<Point> tracked = executor.surroundings().positions();
        if (tracked.isEmpty()) {
            return lastSeen;
        }
        List<Point> all = new ArrayList<>(lastSeen);
        all.addAll(tracked);
        return all;
    }
}
