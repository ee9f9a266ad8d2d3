package dev.rosie.launch.wiring;

import dev.rosie.core.action.Planner;
import dev.rosie.core.robot.RobotDriver;
import dev.rosie.perception.vision.CameraPerception;
import dev.rosie.safety.Policy;
import dev.rosie.worldmodel.map.LoadedMap;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What {@link RobotFactory#assemble(RobotSpec)} builds a robot on the embedded simulator from. {@link #of} takes
 * the seven parts every robot needs; the rest start at their defaults and change with the
 * {@code with...} methods, so a caller names only what it sets.
 *
 * @param dataDir the world's directory (created if new)
 * @param now when the robot's clock starts (moved past the world's last history entry if that is later)
 * @param observer told about every turn and execution event
 * @param plannerResources what the robot releases when it closes (a loaded model; the camera
 *     perception, to have the robot close it); by default nothing, so the planner stays the caller's
 * @param sim the simulated home: residents walking about (missions), where the robot starts, its seed
 *     and battery; {@link SimSetup#alone()} by default
 * @param maxReplans at most this many new plans per command after failures; {@link Robot#DEFAULT_MAX_REPLANS}
 * @param vision when given, the robot has eyes: this camera perception (shared, or loaded on first look)
 *     looks at {@code camera}'s cadence and on Inspect, recording into this robot's world; none by default
 * @param camera when the eyes look; {@link CameraSettings#ON_DEMAND} by default
 * @param wheels between the runtime monitor and the body (see {@link Robot}); nothing by default
 */
public record RobotSpec(Path dataDir, LoadedMap map, Policy policy, Planner planner, Instant now, ZoneId zone,
        TurnListener observer, AutoCloseable plannerResources, SimSetup sim, int maxReplans,
        Optional<Supplier<CameraPerception>> vision, CameraSettings camera, UnaryOperator<RobotDriver> wheels) {
    public RobotSpec {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(planner, "planner");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(observer, "observer");
        Objects.requireNonNull(plannerResources, "plannerResources");
        Objects.requireNonNull(sim, "sim");
        Objects.requireNonNull(vision, "vision");
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(wheels, "wheels");
        if (maxReplans < 0) {
            throw new IllegalArgumentException("maxReplans cannot be negative, not " + maxReplans);
        }
    }

    /** A robot alone in the simulated home, without eyes, releasing nothing when it closes. */
    public static RobotSpec of(Path dataDir, LoadedMap map, Policy policy, Planner planner, Instant now, ZoneId zone,
            TurnListener observer) {
        return new RobotSpec(dataDir, map, policy, planner, now, zone, observer, () -> { }, SimSetup.alone(),
                Robot.DEFAULT_MAX_REPLANS, Optional.empty(), CameraSettings.ON_DEMAND, UnaryOperator.identity());
    }

    public RobotSpec withPlannerResources(AutoCloseable resources) {
        return new RobotSpec(dataDir, map, policy, planner, now, zone, observer, resources, sim, maxReplans, vision,
                camera, wheels);
    }

    public RobotSpec withSim(SimSetup setup) {
        return new RobotSpec(dataDir, map, policy, planner, now, zone, observer, plannerResources, setup, maxReplans,
                vision, camera, wheels);
    }

    public RobotSpec withMaxReplans(int cap) {
        return new RobotSpec(dataDir, map, policy, planner, now, zone, observer, plannerResources, sim, cap, vision,
                camera, wheels);
    }

    /** Eyes through {@code perception}, or none when empty. */
    public RobotSpec withVision(Optional<? extends Supplier<CameraPerception>> perception) {
        return new RobotSpec(dataDir, map, policy, planner, now, zone, observer, plannerResources, sim, maxReplans,
                perception.<Supplier<CameraPerception>>map(p -> p), camera, wheels);
    }

    public RobotSpec withVision(Supplier<CameraPerception> perception) {
        return withVision(Optional.of(perception));
    }

    public RobotSpec withCamera(CameraSettings settings) {
        return new RobotSpec(dataDir, map, policy, planner, now, zone, observer, plannerResources, sim, maxReplans,
                vision, settings, wheels);
    }

    public RobotSpec withWheels(UnaryOperator<RobotDriver> between) {
        return new RobotSpec(dataDir, map, policy, planner, now, zone, observer, plannerResources, sim, maxReplans,
                vision, camera, between);
    }
}
