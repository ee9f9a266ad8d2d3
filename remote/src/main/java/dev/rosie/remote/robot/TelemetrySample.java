package dev.rosie.remote.robot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.world.Pose;
import dev.rosie.remote.wire.Wire;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One telemetry message: where the robot is, how fast it moves, its battery and what it is doing.
 *
 * @param simTime the robot's own (simulated or real) clock
 * @param linear forward speed, m/s; {@code angular} turn rate, rad/s
 * @param battery charge, 0 to 1
 */
public record TelemetrySample(Instant simTime, Pose pose, double linear, double angular, double battery,
        boolean docked, String mode, Optional<String> action, Optional<String> commandId) {
    public TelemetrySample {
        Objects.requireNonNull(simTime, "simTime");
        Objects.requireNonNull(pose, "pose");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(commandId, "commandId");
    }

    public ObjectNode toJson(String robot, long seq, long wallMillis) {
        ObjectNode node = Wire.document();
        node.put("robot", robot);
        node.put("seq", seq);
        node.put("ts", wallMillis);
        node.put("sim_time", simTime.toString());
        ObjectNode p = node.putObject("pose");
        p.put("x", round(pose.x(), 1000));
        p.put("y", round(pose.y(), 1000));
        p.put("theta", round(pose.theta(), 10000));
        ObjectNode v = node.putObject("velocity");
        v.put("linear", round(linear, 1000));
        v.put("angular", round(angular, 1000));
        node.put("battery", round(battery, 10000));
        node.put("docked", docked);
        node.put("mode", mode);
        if (action.isPresent()) {
            node.put("action", action.get());
        } else {
            node.putNull("action");
        }
        if (commandId.isPresent()) {
            node.put("command_id", commandId.get());
        } else {
            node.putNull("command_id");
        }
        return node;
    }

    private static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }
}
