package dev.rosie.remote.wire;

import java.util.Locale;

/** What a signed request asks for. Its wire name is part of the signed canonical form. */
public enum Kind {
    CMD,
    ESTOP;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
