package dev.rosie.ros.bridge;

import dev.rosie.core.command.Trust;
import java.util.Map;
import java.util.Objects;

/**
 * How far text on the command topic is trusted: per caller id, else {@code fallback}. The default
 * trusts nobody. ROS 1 does not authenticate callers (any process on the network can claim any
 * caller id), so trusting a caller is trusting the whole ROS network it sits on.
 */
public record CommandTrust(Trust fallback, Map<String, Trust> byCaller) {
    public static final CommandTrust NOBODY = new CommandTrust(Trust.UNTRUSTED, Map.of());

    public CommandTrust {
        Objects.requireNonNull(fallback, "fallback");
        byCaller = Map.copyOf(byCaller);
    }

    /**
     * Trust levels by caller from command-line pairs such as {@code joystick=guest}: node names get
     * their leading slash, levels are parsed (an unknown level names the accepted ones).
     */
    public static Map<String, Trust> parseCallers(Map<String, String> nodeToLevel) {
        Map<String, Trust> out = new java.util.HashMap<>();
        nodeToLevel.forEach((node, level) -> out.put(node.startsWith("/") ? node : "/" + node, Trust.parse(level)));
        return Map.copyOf(out);
    }

    public Trust of(String callerId) {
        return byCaller.getOrDefault(callerId, fallback);
    }
}
