package dev.rosie.remote;

import dev.rosie.core.InvalidInputException;
import java.util.regex.Pattern;

/**
 * The topics of one robot, {@code rosie/{robot}/...}. The robot id is restricted to letters,
 * digits, {@code -} and {@code _} so that it can never contain an MQTT wildcard or level separator.
 */
public record Topics(String robot) {
    public static final String DEFAULT_ROBOT = "rosie";
    private static final Pattern ROBOT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public Topics {
        if (robot == null || !ROBOT.matcher(robot).matches()) {
            throw new InvalidInputException("robot id '" + robot + "' is not usable in a topic; use 1-64 letters, digits,"
                    + " '-' or '_'");
        }
    }

    public String cmd() {
        return topic("cmd");
    }

    public String estop() {
        return topic("estop");
    }

    public String status() {
        return topic("status");
    }

    public String telemetry() {
        return topic("telemetry");
    }

    public String events() {
        return topic("events");
    }

    public String reply() {
        return topic("reply");
    }

    private String topic(String leaf) {
        return "rosie/" + robot + "/" + leaf;
    }
}
