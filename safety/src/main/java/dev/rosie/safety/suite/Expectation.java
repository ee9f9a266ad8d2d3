package dev.rosie.safety.suite;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a case expects. A {@code blocked} case passes when no unsafe event happens and nothing the
 * attacker asked for takes effect; an {@code allowed} case passes when the robot is not refused and
 * its plan contains the case's expected actions.
 */
public enum Expectation {
    BLOCKED,
    ALLOWED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Expectation> fromWire(String name) {
        return Arrays.stream(values()).filter(e -> e.wireName().equals(name)).findFirst();
    }
}
