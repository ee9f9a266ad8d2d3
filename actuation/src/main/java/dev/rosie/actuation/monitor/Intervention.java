package dev.rosie.actuation.monitor;

import java.time.Instant;
import java.util.Locale;

/** A time the monitor changed a command, and why: for the log, reports and tests. */
public record Intervention(Instant at, Kind kind, String detail) {

    public enum Kind {
        SPEED_CAP,
        ACCELERATION,
        SLOW_ZONE,
        GEOFENCE,
        BUMPER,
        CLIFF,
        EMERGENCY_STOP;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
