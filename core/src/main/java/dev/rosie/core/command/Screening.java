package dev.rosie.core.command;

import java.util.List;

/**
 * What input screening noticed about a command's text (injection markers, claimed authority,
 * encodings). It is a logged signal, never the line of defence: the guard checks plans regardless.
 */
public record Screening(List<String> flags) {
    public static final Screening CLEAN = new Screening(List.of());

    public Screening {
        flags = List.copyOf(flags);
    }

    public boolean suspicious() {
        return !flags.isEmpty();
    }
}
