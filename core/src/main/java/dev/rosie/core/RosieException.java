package dev.rosie.core;

/**
 * The root of every error Rosie raises on purpose. Unchecked, because callers at the edges (CLI,
 * MQTT, ROS) catch it once and turn it into a message; {@link #retriable()} tells them whether the
 * same call may succeed later (a busy database, a timed-out LLM) or never will (bad input).
 */
public class RosieException extends RuntimeException {
    private final boolean retriable;

    public RosieException(String message, boolean retriable) {
        super(message);
        this.retriable = retriable;
    }

    public RosieException(String message, boolean retriable, Throwable cause) {
        super(message, cause);
        this.retriable = retriable;
    }

    public boolean retriable() {
        return retriable;
    }
}
