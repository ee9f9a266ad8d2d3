package dev.rosie.remote.robot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.remote.wire.Wire;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The retained status of a robot: whether it is online, what it is doing, and the e-stop latch.
 *
 * @param mode {@code idle}, {@code running} or {@code estopped}
 * @param estopBy who engaged the latch, when it is engaged
 */
public record RobotStatus(boolean online, String mode, Optional<String> action, Optional<String> commandId,
        Optional<String> ref, boolean estopEngaged, Optional<String> estopBy, Optional<Instant> estopAt, int queued,
        Optional<String> reason) {
    public RobotStatus {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(estopBy, "estopBy");
        Objects.requireNonNull(estopAt, "estopAt");
        Objects.requireNonNull(reason, "reason");
    }

    /** What the broker says on the robot's behalf when its connection dies (the last will). */
    public static RobotStatus lost() {
        return new RobotStatus(false, "unknown", Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), 0, Optional.of("connection lost"));
    }

    public static RobotStatus idle() {
        return new RobotStatus(true, "idle", Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), 0, Optional.empty());
    }

    public RobotStatus offline(String why) {
        return new RobotStatus(false, mode, Optional.empty(), Optional.empty(), Optional.empty(), estopEngaged, estopBy,
                estopAt, queued, Optional.of(why));
    }

    public ObjectNode toJson(String robot, long wallMillis) {
        ObjectNode node = Wire.document();
        node.put("robot", robot);
        node.put("state", online ? "online" : "offline");
        node.put("mode", mode);
        put(node, "action", action);
        put(node, "command_id", commandId);
        put(node, "ref", ref);
        ObjectNode estop = node.putObject("estop");
        estop.put("engaged", estopEngaged);
        put(estop, "by", estopBy);
        put(estop, "at", estopAt.map(Instant::toString));
        node.put("queued", queued);
        reason.ifPresent(r -> node.put("reason", r));
        node.put("ts", wallMillis);
        return node;
    }

    private static void put(ObjectNode node, String field, Optional<String> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }
}
