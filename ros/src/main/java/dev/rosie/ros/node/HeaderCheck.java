package dev.rosie.ros.node;

import dev.rosie.ros.msg.MessageType;
import java.util.Optional;

/** The checks both ends of a TCPROS connection make on the other's header before any message. */
final class HeaderCheck {
    private HeaderCheck() {}

    /**
     * Why {@code theirs} cannot talk to a {@code ours} endpoint on {@code topic}, or empty if it can.
     * {@code *} is a wildcard (rostopic uses it before it knows the type).
     */
    static Optional<String> mismatch(MessageType<?> ours, String topic, ConnectionHeader theirs) {
        String type = theirs.getOr(ConnectionHeader.TYPE, "");
        String md5 = theirs.getOr(ConnectionHeader.MD5SUM, "");
        if (type.isEmpty() || md5.isEmpty()) {
            return Optional.of("header lacks " + (type.isEmpty() ? "type" : "md5sum"));
        }
        if (!type.equals("*") && !type.equals(ours.name())) {
            return Optional.of("type " + type + " does not match " + ours.name() + " on " + topic);
        }
        if (!md5.equals("*") && !md5.equals(ours.md5sum())) {
            return Optional.of("md5sum " + md5 + " does not match " + ours.name() + " (" + ours.md5sum() + ") on " + topic
                    + "; the two sides have different message definitions");
        }
        return Optional.empty();
    }
}
