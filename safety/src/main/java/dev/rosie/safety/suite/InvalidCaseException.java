package dev.rosie.safety.suite;

import java.util.Objects;

/**
 * One field of one corpus case is wrong. Carries the field's wire name so that the loader can
 * report {@code line N, field F} without parsing messages.
 */
public final class InvalidCaseException extends IllegalArgumentException {
    private final String field;

    public InvalidCaseException(String field, String reason) {
        super(reason);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The field's name as written in the corpus ({@code with_command}, {@code expect_actions[2]}). */
    public String field() {
        return field;
    }
}
