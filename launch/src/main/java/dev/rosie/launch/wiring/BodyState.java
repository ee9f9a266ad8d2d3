package dev.rosie.launch.wiring;

import dev.rosie.core.command.CommandId;
import dev.rosie.core.world.Pose;
import java.time.Instant;
import java.util.Optional;

/**
 * The body as it is now, for telemetry.
 *
 * @param at the robot's clock; {@code linear} m/s and {@code angular} rad/s as measured
 * @param action the label of the step running now, if any
 */
public record BodyState(Instant at, Pose pose, double linear, double angular, double battery, boolean docked,
        Optional<String> action, Optional<CommandId> commandId) {
}
