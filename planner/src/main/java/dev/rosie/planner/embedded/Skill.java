package dev.rosie.planner.embedded;

import java.util.Locale;
import java.util.Optional;

/**
 * What a clause can ask for: one skill per action type, plus {@link #OUT_OF_SCOPE} for requests a
 * household robot cannot do at all (cook, order food, tell jokes), which the planner refuses.
 */
enum Skill {
    CLEAN_AREA,
    NAVIGATE_TO,
    DOCK,
    STOP,
    WAIT,
    SAY,
    PICK_UP,
    PLACE,
    OPEN_DOOR,
    CLOSE_DOOR,
    INSPECT,
    OUT_OF_SCOPE;

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Skill> fromWire(String name) {
        for (Skill s : values()) {
            if (s.wireName().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Whether a bare name after this skill's clause ("clean the kitchen and the hallway") repeats it. */
    boolean repeatsForAnotherName() {
        return switch (this) {
            case CLEAN_AREA, NAVIGATE_TO, PICK_UP, INSPECT, OPEN_DOOR, CLOSE_DOOR -> true;
            case DOCK, STOP, WAIT, SAY, PLACE, OUT_OF_SCOPE -> false;
        };
    }
}
