package dev.rosie.core.action;

import java.util.Locale;

/** The wire name of each primitive, as it appears in plans, corpora and reports ({@code clean_area}). */
public enum ActionType {
    NAVIGATE_TO,
    CLEAN_AREA,
    DOCK,
    STOP,
    WAIT,
    SAY,
    PICK_UP,
    PLACE,
    OPEN_DOOR,
    CLOSE_DOOR,
    INSPECT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActionType fromWire(String name) {
        for (ActionType t : values()) {
            if (t.wireName().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown action type '" + name + "'");
    }
}
