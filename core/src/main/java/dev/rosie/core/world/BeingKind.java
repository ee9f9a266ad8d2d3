package dev.rosie.core.world;

import java.util.Locale;

/** Who the robot may meet. Children and pets get wider berths than adults. */
public enum BeingKind {
    PERSON,
    CHILD,
    PET;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
