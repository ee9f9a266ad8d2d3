package dev.rosie.core.action;

import java.util.Locale;

/** How thoroughly to clean: changes speed and lane overlap, not where the robot may go. */
public enum CleanMode {
    QUICK,
    NORMAL,
    DEEP;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
