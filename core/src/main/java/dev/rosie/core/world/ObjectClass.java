package dev.rosie.core.world;

import java.util.Locale;

/** The classes of things in the home; the policy treats hazardous objects specially. */
public enum ObjectClass {
    FURNITURE,
    SMALL,
    HAZARDOUS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
