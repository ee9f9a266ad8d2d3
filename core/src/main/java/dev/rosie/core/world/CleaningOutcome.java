package dev.rosie.core.world;

import java.util.Locale;

/** How a cleaning run ended. Only a completed run resets a room's "last cleaned" time. */
public enum CleaningOutcome {
    COMPLETED,
    INTERRUPTED,
    FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
